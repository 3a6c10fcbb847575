# The | and |= operators of dict, and {**a, **b}.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
attempt(lambda: a | [("w", 0)])
attempt(lambda: a | 1)
def ior_bad():
    e = {}
    e |= 1
attempt(ior_bad)
print({**a, **b}, {**b, "x": -1}, {"x": -1, **b})
class D(dict):
    pass
print(type(D(a) | b).__name__, type(a | D(b)).__name__)
print(a, b)
