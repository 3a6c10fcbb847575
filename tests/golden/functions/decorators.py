def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return "hi " + name

print(add(2, 3))
print(hello("bob"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class A:
    pass

@register
class B:
    pass

print(registry)

class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe():
        return "temperature"

    @classmethod
    def freezing(cls):
        return cls(0)

print(Temperature(100).fahrenheit, Temperature.describe(), Temperature.freezing().fahrenheit)
