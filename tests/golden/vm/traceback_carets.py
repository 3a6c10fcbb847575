def f(x):
    return x[1] + 1
def g():
    a = {"k": 1}
    return f(None) + a["k"]
g()
