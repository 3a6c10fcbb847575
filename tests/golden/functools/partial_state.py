# functools.partial's __reduce__ / __setstate__, and copying and pickling.
import copy
import pickle
from functools import partial

p = partial(max, 1, 2, key=abs)
print(p.__reduce__())
p.extra = 5
print(p.__reduce__())

q = partial(min)
q.__setstate__((max, (1, 2), {"key": abs}, {"note": 1}))
print(q.func is max, q.args, q.keywords, q.note, q(-5))
q.__setstate__((max, (3,), None, None))
print(q.args, q.keywords, q.__dict__)

class T(tuple):
    pass

q.__setstate__((max, T((1, 9)), {}, None))
print(type(q.args).__name__, q.args, q())

bad_states = [1, (1,), (max, 1, 2, 3, 4), (1, (), {}, None), (max, [], {}, None), (max, (), [], None), "abcd"]
for state in bad_states:
    try:
        q.__setstate__(state)
    except TypeError as e:
        print(type(e).__name__, e)
print(q.args)

c = copy.copy(p)
print(c is p, c.func is max, c.args, c.keywords, c.extra, c(-7))
d = copy.deepcopy(p)
print(d.args, d.keywords, d.extra, d(-9, 3))

r = pickle.loads(pickle.dumps(partial(divmod, 17)))
print(type(r).__name__, r.args, r(5))
r = pickle.loads(pickle.dumps(partial(dict, a=1, b=[2])))
print(r.keywords, r(c=3))
