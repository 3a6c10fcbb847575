# KeyError carries the key itself as its argument.
for key in ["k", 1, (1, 2), (), None, 1.5, ("tup",), frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), e.args, str(e))
try:
    {}.pop((1,))
except KeyError as e:
    print(repr(e), e.args)
try:
    s = set()
    s.remove((3, 4))
except KeyError as e:
    print(repr(e), e.args)
try:
    del {1: 2}[2]
except KeyError as e:
    print(repr(e))
