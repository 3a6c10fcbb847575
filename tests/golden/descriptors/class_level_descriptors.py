class Meta(type):
    @property
    def kind(cls):
        return "kind of " + cls.__name__
    label = "meta label"
class C(metaclass=Meta):
    label = "class label"
print(C.kind, C.label, type(C).label)
try:
    C().kind
except AttributeError as e:
    print(e)
class Counter:
    def __init__(self): self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class K:
    c = Counter()
print(K.c, K.c, K().c)
class Shadow(metaclass=Meta):
    kind = "shadowed?"
print(Shadow.kind)
