print(repr(list.append), repr(dict.fromkeys)[:38], repr(dict.__dict__["fromkeys"]))
print(repr(len), repr(int.__add__), repr(int.real), repr(type.__dict__["__name__"]))
print(type(list.append).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(int.real).__name__, type(len).__name__)
print(list.append.__name__, list.append.__qualname__, [].append.__name__, [].append.__qualname__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(list.append.__objclass__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__)
l = []
list.append(l, 1)
l.append(2)
print(l, [].append.__self__, (5).__add__(3), int.__add__(5, 3), (5).__radd__(1))
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    int.real.__get__("x")
except TypeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
print(int.real.__get__(7), int.__dict__["real"].__get__(True), str.upper("ab"))
print((3).__lt__(4), (3).__eq__("a"), "a".__contains__("a"), [1, 2].__len__(), {1: 2}.__getitem__(1))
print(object.__dict__["__class__"].__get__(5).__name__)
print(int.__dict__["__hash__"](5) == hash(5), list.__hash__, [].__hash__)
m = (1).__add__
print(m == (1).__add__, m.__self__, m.__name__)
print(type.__dict__["mro"](int))
