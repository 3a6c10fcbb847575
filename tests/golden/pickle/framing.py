# Protocol 4+ framing: frames of about 64 KiB, large bytes outside frames.
import io, pickle, pickletools

def frames(data):
    return [(op.name, arg) for op, arg, pos in pickletools.genops(data) if op.name == 'FRAME']

small = pickle.dumps([1, 2, 3], 4)
print(small, frames(small))
tiny = pickle.dumps(None, 4)
print(tiny, pickle.dumps(1, 5), pickle.dumps('ab', 4))
many = pickle.dumps(['item %d' % i for i in range(20000)], 4)
print(len(many), frames(many)[:3], len(frames(many)))
big = pickle.dumps([b'a' * 100000, b'b' * 10, 'c' * 70000], 4)
print(len(big), frames(big))
print(pickle.loads(big)[1], len(pickle.loads(many)))
f = io.BytesIO()
pickle.dump(['item %d' % i for i in range(20000)], f, 5)
print(f.getvalue() == pickle.dumps(['item %d' % i for i in range(20000)], 5))
