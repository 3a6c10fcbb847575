# Every prefix of valid pickles fails cleanly, for bytes and for files.
import io, pickle

class P:
    def __init__(self):
        self.a = [1, 2.5, 'x', b'y', (None, True)]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps({'k': [P(), {1, 2}, 10**30, 'text' * 3]}, proto)
    kinds = {}
    for n in range(len(data)):
        for source in ('bytes', 'file'):
            try:
                if source == 'bytes':
                    pickle.loads(data[:n])
                else:
                    pickle.load(io.BytesIO(data[:n]))
                kinds.setdefault('loaded', 0)
                kinds['loaded'] += 1
            except Exception as e:
                key = '%s: %s' % (type(e).__name__, e)
                kinds[key] = kinds.get(key, 0) + 1
    print(proto, len(data), sorted(kinds.items()))
