class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name=None, age=None):
        if name is not None: self.name = name
        if age is not None: self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person().name)
for bad in [("name", 5), ("age", "old"), ("age", 1.5)]:
    try:
        setattr(p, *bad)
    except TypeError as e:
        print(e)
try:
    del p.age
except AttributeError as e:
    print(e)
print(isinstance(True, int), Person(age=True).age)
