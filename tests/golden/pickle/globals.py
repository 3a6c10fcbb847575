# Globals by qualified name: nested classes, methods, builtins, module
# functions, and the Python 2 names of protocols 0-2 (fix_imports).
import collections, functools, os.path, pickle

class Outer:
    class Inner:
        class Deep:
            pass
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in [Outer.Inner, Outer.Inner.Deep, len, os.path.join, collections.OrderedDict, functools.reduce,
                Exception, ValueError, int, type(None), type(...), type(NotImplemented), Outer.cm, Outer.sm]:
        try:
            data = pickle.dumps(obj, proto)
            print(proto, getattr(obj, '__qualname__', obj), data, pickle.loads(data) == obj)
        except Exception as e:
            print(proto, getattr(obj, '__qualname__', obj), type(e).__name__, e)
for proto in (0, 2, 3):
    print(proto, pickle.dumps(range, proto), pickle.dumps(range, proto, fix_imports=False))
    print(pickle.dumps(collections.UserDict, proto), pickle.dumps(ConnectionError, proto))
print(pickle.loads(b'c__builtin__\nxrange\n.'), pickle.loads(b'cexceptions\nStandardError\n.'))
print(pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False) if False else 'skip')
print(pickle.dumps(Outer().method, 4))
