# Generator expressions: when names are looked up, class-body scoping, syntax errors around
# genexprs, and the code of a genexpr.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
g = (undefined_name for x in [1])
show(lambda: next(g))
g = (x for x in undefined_iterable) if False else None
show(lambda: (x for x in undefined_iterable))
show(lambda: type(y for x in [1] for y in undefined_inner).__name__)
gi = (y for x in [1] for y in undefined_inner)
show(lambda: next(gi))
def f():
    return [(lambda: x) for x in range(3)]
show(lambda: [c() for c in f()])
show(lambda: list((lambda: x)() for x in range(3)))
class C:
    y = 5
    try:
        z = list(y for _ in range(2))
    except NameError as e:
        err = str(e)
show(lambda: C.err)
show(lambda: list(x for x in range(3) if x for y in [x]))
for src in ["(x for x in 1 2)", "f(x for x in y, 1)", "f(1, x for x in y)", "(yield for x in y)", "(x for x in y) = 1", "del (x for x in y)", "[x for x in y] = 1", "(x for x in y) += 1", "f(**x for x in y)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.offset)
show(lambda: sum(x for x in range(4)) + sum((x for x in range(4)), 10))
show(lambda: dict((k, v) for k, v in zip("ab", "cd")))
g = (i for i in range(3))
show(lambda: (g.gi_code.co_argcount, g.gi_code.co_varnames, g.gi_frame.f_locals.get(".0").__class__.__name__))
show(lambda: (lambda: (yield))().__qualname__)
