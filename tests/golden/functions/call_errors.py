def f(a, b, c=3):
    pass

def g(a, /, b, *, k):
    pass

def h(*, key):
    pass

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(1, 2),
    lambda: g(a=1, b=2, k=3),
    lambda: h(1),
    lambda: h(),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, **{"b": 2}, **{"b": 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
