square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, sorted(k))
print(square(7), add(1), add(1, 2), varargs(1, 2, z=3))
print((lambda: "immediate")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(square.__name__, square.__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
