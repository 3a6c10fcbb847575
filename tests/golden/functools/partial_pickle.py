# functools.partial through pickle: the class is found as functools.partial
# and the state restored by __setstate__.
import pickle
from functools import partial

r = pickle.loads(pickle.dumps(partial(divmod, 17)))
print(type(r).__name__, r.args, r(5))
r = pickle.loads(pickle.dumps(partial(dict, a=1, b=[2])))
print(r.keywords, r(c=3))
p = partial(max, 3, key=abs)
p.note = "n"
q = pickle.loads(pickle.dumps(p, 2))
print(q.args, q.keywords, q.note, q(-4))
