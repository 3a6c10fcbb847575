# Name resolution: locals, globals, nonlocals, class scopes, mangling, walrus.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


acc = make_accumulator()
acc(5)
print("accumulated", acc(10))


class Scope:
    x = "class x"
    items = [x for _ in range(2)] if False else None

    def method(self):
        # The class body's names are not visible here.
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)


x = "global x"
print(Scope().method())


def outer():
    y = "enclosing"

    class Inner:
        print("class body sees", y)
        z = y + " (copied)"

        def get(self):
            return y, self.z

    return Inner


print("method sees", outer()().get())


class Mangled:
    __secret = 42

    def reveal(self):
        return self.__secret


print(Mangled().reveal(), hasattr(Mangled, "_Mangled__secret"), hasattr(Mangled, "__secret"))


def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
    del z
    try:
        z
    except UnboundLocalError as e:
        print(type(e).__name__, e)


unbound()


def walrus_in_comprehension():
    values = [last := n * 2 for n in range(4)]
    return values, last


print(walrus_in_comprehension())
print([(y := i) for i in range(3)], y)


class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    def klass(self):
        return __class__.__name__


print(Child().hello(), Child().klass())


def shadow_builtin():
    len = lambda s: 99
    return len("abc")


print(shadow_builtin(), len("abc"))


def loop_variable_leak():
    for i in range(3):
        pass
    return i


print(loop_variable_leak())

g = 1


def read_then_global():
    return g


def assign_global():
    global g
    g = 2


assign_global()
print(read_then_global())
