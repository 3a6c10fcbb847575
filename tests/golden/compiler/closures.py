# Closures: cells, late binding, defaults, lambdas, three levels of nesting.
def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc.__closure__ is not None, inc.__code__.co_freevars, counter.__code__.co_cellvars)

late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])


def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c

        return level3

    return level2


print(level1(1)(10)(100))


def param_cell(x):
    def show():
        return x

    x = x * 2
    return show


print(param_cell(21)())


def make_adders():
    return {n: (lambda v, n=n: v + n) for n in (1, 2, 3)}


adders = make_adders()
print(adders[2](40))


def shared_cell():
    funcs = []
    for _ in range(2):
        funcs.append(lambda: state)
    state = "shared"
    return [f() for f in funcs]


print(shared_cell())


def deleted_cell():
    v = 1

    def read():
        return v

    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)


deleted_cell()


def decorator(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            return f"{tag}:{fn(*args, **kwargs)}"

        return inner

    return wrap


@decorator("a")
@decorator("b")
def greet(name, *, punct="!"):
    return name + punct


print(greet("x"), greet("y", punct="?"))
print(greet.__qualname__, level1(0).__qualname__, level1(0)(0).__qualname__)
