# Class 6 of issue 10: isinstance/issubclass with nested tuples count one
# level of recursion per tuple, as CPython does.
def nested(depth):
    t = int
    for _ in range(depth):
        t = (t,)
    return t


for depth in (10, 900, 100000, 1000000):
    t = nested(depth)
    for label, f in (('isinstance', lambda: isinstance(1, t)), ('issubclass', lambda: issubclass(bool, t))):
        try:
            print(depth, label, f())
        except RecursionError as e:
            print(depth, label, 'RecursionError', e)

