class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    title = Field()
    count = Field()
m = Model()
print(m.title, Model.title.name)
m.title = "x"
print(m.title, m._title)

class Late: pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Host:
        b = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
T = type("T", (), {"f": Field()})
print(T.f.name)
