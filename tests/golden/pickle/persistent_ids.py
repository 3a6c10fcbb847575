# persistent_id / persistent_load, as methods of subclasses and as attributes.
import io, pickle

class Db:
    records = {'r1': 'first record', 'r2': 'second record'}

class Ref:
    def __init__(self, key):
        self.key = key

class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('Ref', obj.key)
        return None

class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return Db.records[key]

for proto in range(1, pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    MyPickler(f, proto).dump([Ref('r1'), 'plain', Ref('r2')])
    print(proto, f.getvalue())
    f.seek(0)
    print(MyUnpickler(f).load())

class TextPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'id-%s' % obj.key if isinstance(obj, Ref) else None

f = io.BytesIO()
TextPickler(f, 0).dump([Ref('a')])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: 'loaded ' + pid
print(u.load())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print(e)

class Unicode(pickle.Pickler):
    def persistent_id(self, obj):
        return '\xe9' if obj == 'x' else None
try:
    Unicode(io.BytesIO(), 0).dump(['x'])
except pickle.PicklingError as e:
    print(e)

p = pickle.Pickler(io.BytesIO(), 2)
p.persistent_id = lambda obj: 'P' if obj == 3 else None
p.dump([1, 3])
print(p.persistent_id(3))
try:
    p.persistent_id = 5
except TypeError as e:
    print(e)
try:
    del p.persistent_id
except TypeError as e:
    print(e)
print(MyPickler(io.BytesIO()).persistent_id(Ref('z')))
try:
    pickle.Pickler(io.BytesIO()).persistent_id
except AttributeError as e:
    print('AttributeError', e)
