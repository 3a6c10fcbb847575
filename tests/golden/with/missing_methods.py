# TypeError messages when an object lacks __enter__ or __exit__ (3.11 wording).
class Nothing:
    pass

class OnlyEnter:
    def __enter__(self):
        print("enter must not run")

class OnlyExit:
    def __exit__(self, *a):
        pass

class InstanceOnly:
    def __init__(self):
        self.__enter__ = lambda: None
        self.__exit__ = lambda *a: None

class EnterIsNone:
    __enter__ = None
    def __exit__(self, *a):
        pass

for obj in [1, "s", None, Nothing(), OnlyEnter(), OnlyExit(), InstanceOnly(), EnterIsNone(), Nothing]:
    try:
        with obj:
            print("body must not run")
    except TypeError as e:
        print(type(obj).__name__, "->", e)

class Good:
    def __enter__(self):
        print("good enter")
    def __exit__(self, *a):
        print("good exit")

try:
    with Good(), Nothing():
        pass
except TypeError as e:
    print("second item:", e)
