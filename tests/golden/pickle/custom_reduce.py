# __reduce__ and __reduce_ex__ returning every shape of tuple, strings, and state setters.
import pickle

def rebuild(*args):
    return Reduced(*args)

class Reduced:
    def __init__(self, *args):
        self.args = args
    def __reduce__(self):
        return (rebuild, self.args)

class WithItems(list):
    def __reduce__(self):
        return (WithItems, (), {'extra': 1}, iter(list(self)), None)

class DictItems(dict):
    def __reduce__(self):
        return (DictItems, (), None, None, iter(sorted(self.items())))

def setter(obj, state):
    obj.via_setter = state

class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, setter)

class ByProto:
    def __reduce_ex__(self, proto):
        return (str, ('proto %d' % proto,))

singleton_value = object()

class Named:
    def __reduce__(self):
        return 'singleton_value'
    def __repr__(self):
        return '<Named>'

class Same:
    def __reduce__(self):
        return 'same'

same = Same()

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(Reduced(1, 'a'), proto))
    w = WithItems([1, 2])
    w2 = pickle.loads(pickle.dumps(w, proto))
    di = pickle.loads(pickle.dumps(DictItems(b=2, a=1), proto))
    ws = pickle.loads(pickle.dumps(WithSetter(), proto))
    print(proto, r.args, w2, w2.extra, di, ws.via_setter, pickle.loads(pickle.dumps(ByProto(), proto)))
    print(pickle.loads(pickle.dumps(same, proto)) is same)
    try:
        pickle.dumps(Named(), proto)
    except pickle.PicklingError as e:
        print(e)
print(pickle.dumps(WithSetter(), 4))
print(pickle.dumps(WithItems([1, 2, 3]), 2))
