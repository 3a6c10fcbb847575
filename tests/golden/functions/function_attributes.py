def documented(x: int, y: "str" = "a") -> bool:
    """Returns whether x is positive."""
    return x > 0

print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__annotations__)
print(documented.__module__, documented.__defaults__)

class K:
    def method(self):
        def nested():
            pass
        return nested

print(K.method.__qualname__, K().method().__qualname__)
documented.custom = 42
print(documented.custom, documented.__dict__)
print(callable(documented), callable(3))

def no_doc():
    pass

print(no_doc.__doc__, no_doc())
