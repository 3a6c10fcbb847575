# Deep nesting: pickling raises RecursionError, unpickling (iterative) succeeds.
import pickle, sys

nested = []
for _ in range(30000):
    nested = [nested]
try:
    pickle.dumps(nested)
except RecursionError as e:
    print('RecursionError', e)
data = b'\x80\x04' + b']' * 30000 + b'a' * 29999 + b'.'
obj = pickle.loads(data)
depth = 0
while obj:
    obj = obj[0]
    depth += 1
print(depth)
data = b'(' * 30000 + b'N' + b't' * 30000 + b'.'
print(type(pickle.loads(data)).__name__)
for levels in (200, 500):
    shallow = []
    for i in range(levels):
        shallow = [shallow, {'k': (i,)}]
    try:
        print(levels, pickle.loads(pickle.dumps(shallow)) == shallow)
    except RecursionError as e:
        print(levels, 'RecursionError', e)
