# What a bad __reduce__ makes the pickler say.
import pickle

def make(rv):
    class Bad:
        def __reduce__(self):
            return rv
        def __repr__(self):
            return '<Bad>'
    return Bad()

cases = [42, (), (len,), (1, ()), (len, []), (len, (), None, 5), (len, (), None, None, 5),
         (len, (), None, None, None, 5), (len, (), None, None, None, None, 7), 'no_such_global']
for rv in cases:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(make(rv), proto)
            print(proto, repr(rv), 'ok')
        except Exception as e:
            print(proto, repr(rv), type(e).__module__, type(e).__name__, e)

import copyreg
def newobj_cases():
    class C:
        pass
    return [(copyreg.__newobj__, ()), (copyreg.__newobj__, (1,)), (copyreg.__newobj__, (int,))]
for rv in newobj_cases():
    try:
        pickle.dumps(make(rv), 2)
    except pickle.PicklingError as e:
        print(type(e).__name__, e)
