# Unpickler options: fix_imports, encoding and errors checks, memo access, find_class by qualified name.
import io, pickle

class Outer:
    class Inner:
        pass

data4 = pickle.dumps(Outer.Inner, 4)
data2 = pickle.dumps(Outer.Inner, 2)
print(data4, pickle.loads(data4) is Outer.Inner)
print(data2, pickle.loads(data2) is Outer.Inner)
u = pickle.Unpickler(io.BytesIO(b''))
print(u.find_class('builtins', 'int'))
try:
    u.find_class('__main__', 'Outer.Inner')
except AttributeError as e:
    print('AttributeError', str(e).split(' on ')[0])
py2 = b'c__builtin__\nunicode\n.'
print(pickle.loads(py2))
try:
    pickle.loads(py2, fix_imports=False)
except AttributeError as e:
    print('AttributeError', str(e).split(' on ')[0])
for kwargs in [dict(encoding=1), dict(errors=None), dict(buffers=5)]:
    try:
        pickle.loads(b'N.', **kwargs)
        print('ok', kwargs)
    except TypeError as e:
        print('TypeError', e)
u = pickle.Unpickler(io.BytesIO(pickle.dumps([['a'], 'a'], 2)))
print(u.load(), sorted(u.memo.copy()))
u.memo = {0: 'zero'}
print(u.memo.copy())
print(pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x05float\x93\x8c\x03inf\x85R.'))
