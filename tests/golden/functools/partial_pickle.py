# functools.partial through pickle: the class is found as functools.partial
# and the state restored by __setstate__.
import pickle
from functools import partial

r = pickle.loads(pickle.dumps(partial(divmod, 17), 2))
print(type(r).__name__, r.args, r(5))
r = pickle.loads(pickle.dumps(partial(dict, a=1, b=[2]), 3))
print(r.keywords, r(c=3))
p = partial(max, 3, key=abs)
p.note = "n"
q = pickle.loads(pickle.dumps(p, 2))
print(q.args, q.keywords, q.note, q(-4))

import operator
for getter in (operator.itemgetter(1, 0), operator.attrgetter("real", "imag.real"), operator.methodcaller("split", ",", maxsplit=1)):
    for proto in range(4):
        copy_ = pickle.loads(pickle.dumps(getter, proto))
        print(proto, repr(copy_) == repr(getter), copy_(["a,b,c", "d"] if "item" in repr(getter) else "x,y,z" if "method" in repr(getter) else 3 + 4j))
print(pickle.loads(pickle.dumps(len, 2)) is len, len.__reduce__())
