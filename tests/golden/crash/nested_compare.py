# Class 8 of issue 10: comparing deeply nested containers raises
# RecursionError ("in comparison"), one level per nesting.
def nest(make, depth):
    a = b = make(())
    for _ in range(depth):
        a = make([a])
        b = make([b])
    return a, b


for name, make in (('frozenset', frozenset), ('tuple', tuple), ('list', list)):
    for depth in (100, 100000):
        a, b = nest(make, depth)
        for op in ('==', '<='):
            try:
                print(name, depth, op, eval('a ' + op + ' b'))
            except RecursionError as e:
                print(name, depth, op, 'RecursionError', e)

d1 = d2 = {}
for _ in range(100000):
    d1 = {1: d1}
    d2 = {1: d2}
try:
    print(d1 == d2)
except RecursionError as e:
    print('dict RecursionError', e)
