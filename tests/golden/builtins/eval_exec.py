# eval, exec, compile, globals, locals.
print(eval("1 + 2"), eval("  x * 2", {"x": 21}), eval("y", {}, {"y": 5}))
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)
ns = {}
exec("def f(n):\n    return n * 3", ns)
print(ns["f"](4))
code = compile("result = 6 * 7", "<calc>", "exec")
loc = {}
exec(code, {}, loc)
print(loc)
print(eval(compile("2 ** 10", "<e>", "eval")))
exec(compile("print('single mode')", "<s>", "single"))


def scope():
    z = 9
    return eval("z + 1"), sorted(locals())


print(scope())
print("scope" in globals(), globals()["__name__"])
for bad in ["eval(1)", "exec(1)", "compile('1', 'f', 'x')", "exec('x=1', 5)", "eval('1 +')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
