def register(cls):
    cls.registered = True
    return cls
def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: f"{name} of {type(self).__name__}")
        return cls
    return deco

@register
@add_method("greet")
class Thing:
    pass
t = Thing()
print(Thing.registered, t.greet())

def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)

def count_instances(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Counted:
    def __init__(self, v): self.v = v
Counted(1); Counted(2)
print(Counted.count, Counted(3).v, Counted.count)
