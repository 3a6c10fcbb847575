# dump/load through files: several pickles in one stream, positions after
# each load, files without peek, readline-based protocol 0.
import io, os, pickle, tempfile

buf = io.BytesIO()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    pickle.dump({'proto': proto, 'data': [1, 'a', None]}, buf, proto)
end = buf.tell()
buf.seek(0)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.load(buf), buf.tell())
print(buf.tell() == end)

class Reader:
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = 0
    def read(self, n):
        self.calls += 1
        return self.f.read(n)
    def readline(self):
        self.calls += 1
        return self.f.readline()

r = Reader(pickle.dumps([1, 2, (3, 'x')], 0) + pickle.dumps('second', 2))
print(pickle.load(r), pickle.load(r))
try:
    pickle.load(r)
except EOFError as e:
    print('EOFError', e)

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))

w = Writer()
pickle.dump(list(range(10)), w, 4)
print(len(w.chunks), w.chunks)
w = Writer()
pickle.dump([b'x' * 70000, 'y'], w, 4)
print(len(w.chunks), [len(c) for c in w.chunks])
print(pickle.loads(b''.join(w.chunks))[1])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.pkl')
    with open(path, 'wb') as f:
        pickle.dump({'a': 1}, f)
        pickle.dump([2], f, 0)
    with open(path, 'rb') as f:
        print(pickle.load(f), pickle.load(f), f.read())
