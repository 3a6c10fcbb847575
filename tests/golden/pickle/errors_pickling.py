# Pickling errors: unpicklable objects, local classes, lambdas, bad protocols,
# bad arguments, and the module's exception classes.
import io, pickle, _pickle

print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError, pickle.PickleError.__mro__)
print(pickle.Pickler, pickle.Unpickler, pickle.dump, pickle.loads.__module__)

def outer():
    class Local:
        pass
    def inner():
        pass
    return Local, inner

Local, inner = outer()
for obj in [lambda: 1, inner, Local, Local(), (x for x in ()), open]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
            print('ok', proto)
        except Exception as e:
            msg = str(e)
            if ' at 0x' in msg:
                msg = msg[:msg.index(' at 0x')]
            print(proto, type(e).__name__, msg)

for args in [(1, 6), (1, 'x'), (1, 2.0), (1, None)]:
    try:
        print(len(pickle.dumps(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pickle.dumps(1, -1) == pickle.dumps(1, 5))
for call in [lambda: pickle.dumps(), lambda: pickle.dumps(1, 2, 3), lambda: pickle.dumps(1, fix_imports=False, x=1),
             lambda: pickle.Pickler(), lambda: pickle.Pickler(42), lambda: pickle.dumps(1, 4, buffer_callback=print),
             lambda: pickle.dump(1, 'not a file'), lambda: pickle.loads('str'), lambda: pickle.loads(),
             lambda: pickle.Unpickler(io.StringIO('x')).load() , lambda: pickle.Unpickler(42)]:
    try:
        call()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise pickle.PicklingError('boom')
except pickle.PickleError as e:
    print('caught', repr(e))
