# copy and deepcopy run over the same reduce protocol as the pickler.
import copy, collections, pickle

class Pt:
    def __init__(self, x):
        self.x = x
        self.hist = [x]
    def __repr__(self):
        return 'Pt(%r, %r)' % (self.x, self.hist)

od = collections.OrderedDict(a=[1], b=Pt(2))
dd = collections.defaultdict(list, k=[3])
dq = collections.deque([Pt(1), Pt(2)], maxlen=5)
for obj in [od, dd, dq, Pt(5), {1: {2: [3]}}, collections.Counter('hello')]:
    s, d = copy.copy(obj), copy.deepcopy(obj)
    p = pickle.loads(pickle.dumps(obj))
    print(type(obj).__name__, s == obj or repr(s) == repr(obj), repr(d) == repr(obj), repr(p) == repr(obj))
print(pickle.loads(pickle.dumps(dd))['missing'], pickle.loads(pickle.dumps(dq)).maxlen)
import functools, operator
part = functools.partial(max, 1, key=abs)
print(pickle.loads(pickle.dumps(part))(-5), copy.deepcopy(part).keywords)
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 2)))('abcd'))
print(pickle.loads(pickle.dumps(operator.attrgetter('x')))(Pt(9)))
print(pickle.loads(pickle.dumps(operator.methodcaller('count', 'l')))('hello'))
