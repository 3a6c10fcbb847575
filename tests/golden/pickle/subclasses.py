# Subclasses of builtin types go through __reduce_ex__, not the fast paths.
import pickle

class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MyFloat(float):
    pass
class MyBytes(bytes):
    pass
class MySet(set):
    pass

values = [MyInt(5), MyStr('s'), MyList([1, 2]), MyDict(a=1), MyTuple((1, 2)), MyFloat(2.5), MyBytes(b'b'), MySet({3})]
for v in values:
    v.attr = 'x' if not isinstance(v, (MyInt, MyStr, MyTuple, MyFloat, MyBytes)) else None
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    row = []
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        row.append((type(back).__name__, back == v, getattr(back, 'attr', '-')))
    print(proto, row)
print(pickle.dumps(MyList([1]), 2))
print(pickle.dumps(MyDict(k=2), 4))
print(pickle.dumps(MyInt(7), 0))
