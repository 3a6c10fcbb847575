# Generator __name__ / __qualname__ (settable, type-checked) and repr.
def without_address(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "ADDR>" if sep else text

def show(g):
    print(without_address(repr(g)))

def plain():
    yield

class Outer:
    def method(self):
        yield
    class Inner:
        @staticmethod
        def deep():
            def local():
                yield
            return local()

g = plain()
print(g.__name__, g.__qualname__)
show(g)
m = Outer().method()
print(m.__name__, m.__qualname__)
show(m)
d = Outer.Inner.deep()
print(d.__name__, d.__qualname__)
show(d)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, plain.__name__)
show(g)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print("TypeError:", e)

def renamed_function():
    yield
renamed_function.__name__ = "new_name"
renamed_function.__qualname__ = "new_qual"
r = renamed_function()
print(r.__name__, r.__qualname__, r.gi_code.co_name)
show((x for x in ()))
show(Outer.method)
