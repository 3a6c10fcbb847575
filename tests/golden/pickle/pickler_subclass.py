# Subclassing Pickler and Unpickler: dispatch_table, reducer_override,
# find_class, clear_memo, fast mode, reuse of one pickler.
import copyreg, io, pickle

class Vec:
    def __init__(self, x):
        self.x = x

def reduce_vec(v):
    return (Vec, (v.x * 10,))

class TablePickler(pickle.Pickler):
    dispatch_table = {Vec: reduce_vec}

f = io.BytesIO()
TablePickler(f, 2).dump(Vec(1))
print(f.getvalue(), pickle.loads(f.getvalue()).x)

p = pickle.Pickler(io.BytesIO(), 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Vec] = lambda v: (Vec, (-v.x,))
p.dump(Vec(3))
print(p.dispatch_table is not copyreg.dispatch_table, Vec in p.dispatch_table)

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is int:
            return (str, ('int was here',))
        if isinstance(obj, Vec):
            return (tuple, ((obj.x,),))
        return NotImplemented

for proto in (2, 4):
    f = io.BytesIO()
    Override(f, proto).dump([int, Vec(5), 'str', float])
    print(proto, pickle.loads(f.getvalue()))

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))

print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 3))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Vec(1)))).load()
except pickle.UnpicklingError as e:
    print(e)

f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = [1]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a, b, c = u.load(), u.load(), u.load()
print(a is b, a is c, a == c)
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

p = pickle.Pickler(io.BytesIO(), 2)
print(p.fast, p.bin)
p.fast = 1
lst = [[1]] * 3
p.dump(lst)
print(p.fast)

class NoInit(pickle.Pickler):
    def __init__(self):
        pass
try:
    NoInit().dump(1)
except pickle.PicklingError as e:
    print(e)

class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
try:
    NoInitU().load()
except pickle.UnpicklingError as e:
    print(e)
u = pickle.Unpickler(io.BytesIO(pickle.dumps([1, 2], 1)))
print(u.load(), u.memo.copy())
print(u.find_class('collections', 'OrderedDict'), u.find_class('os.path', 'join').__name__)
try:
    u.find_class('builtins', 'nope')
except AttributeError as e:
    print(e)
