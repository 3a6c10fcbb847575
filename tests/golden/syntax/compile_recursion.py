# Expressions nested past three per level of recursion left raise
# RecursionError during compilation, as in CPython (never a C stack overflow).
import sys
for n in (100, 2990, 2996, 2997, 2998, 3000, 5000, 20000):
    for src in ("+".join(["1"] * n), "-" * n + "1", "(" * min(n, 150) + "1" + ")" * min(n, 150), "[" * min(n,150) + "]" * min(n,150)):
        try:
            v = eval("lambda: " + src)
            print(n, "ok")
        except RecursionError as e:
            print(n, "RecursionError", e)
        except SyntaxError as e:
            print(n, "SyntaxError", e.msg)
        except MemoryError as e:
            print(n, "MemoryError")
def nested(k):
    if k == 0:
        return eval("+".join(["1"] * 2500))
    return nested(k - 1)
for k in (0, 100, 200, 400):
    try:
        print(k, nested(k))
    except RecursionError as e:
        print(k, "RecursionError", e)
