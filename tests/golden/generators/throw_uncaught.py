# Uncaught exceptions thrown into generators with throw(), instance and type+value forms.
def g():
    yield 1
x = g()
next(x)
try:
    x.throw(ValueError("thrown"))
except ValueError as e:
    print("caught", e)
x = g()
next(x)
def t():
    return x.throw(ValueError, "v")
t()
