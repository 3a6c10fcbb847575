class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(2, times=3), callable(add5), callable(Adder), callable(1))

class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        print("init", v)
a = Singleton(1)
b = Singleton(2)
print(a is b)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())

class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class WithInit:
    def __init__(self): pass
try:
    WithInit(1)
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *a): return object.__new__(cls, *a)
try:
    WithNew(1)
except TypeError as e:
    print(e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    int.__new__(NoArgs)
except TypeError as e:
    print(e)
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(21), type(I(1)).__name__)
