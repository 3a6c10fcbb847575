# __enter__/__exit__ are looked up on the type, bound once, before the body runs.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("original exit")

def replacement_exit(self, *a):
    print("replaced exit")

cm = CM()
with cm:
    CM.__exit__ = replacement_exit
    print("body replaced class attribute")
with cm:
    print("second with")

class Meta(type):
    def __enter__(cls):
        print("meta enter", cls.__name__)
        return cls
    def __exit__(cls, *a):
        print("meta exit")

class WithMeta(metaclass=Meta):
    pass

with WithMeta as k:
    print("bound", k.__name__)

class Base:
    def __enter__(self):
        return "from base"
    def __exit__(self, *a):
        print("base exit", type(self).__name__)
class Child(Base):
    pass
with Child() as v:
    print(v)

class Descr:
    def __get__(self, obj, owner):
        print("descriptor get")
        return lambda *a: print("descriptor exit", len(a))
class UsesDescr:
    __enter__ = lambda self: None
    __exit__ = Descr()
with UsesDescr():
    print("body")
