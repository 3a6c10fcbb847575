# Batches of 1000 items: APPENDS / SETITEMS / ADDITEMS boundaries.
import pickle, pickletools

for n in (999, 1000, 1001, 2000, 2001):
    for proto in (0, 1, 2, 4, 5):
        lst = list(range(n))
        d = {i: None for i in range(n)}
        s = set(range(n))
        dl, dd, ds = pickle.dumps(lst, proto), pickle.dumps(d, proto), pickle.dumps(s, proto)
        ops = lambda b: [op.name for op, arg, pos in pickletools.genops(b) if op.name in
                         ('APPEND', 'APPENDS', 'SETITEM', 'SETITEMS', 'ADDITEMS', 'MARK')]
        print(n, proto, len(dl), len(dd), len(ds), ops(dl).count('APPENDS'), ops(dl).count('APPEND'),
              ops(dd).count('SETITEMS'), ops(dd).count('SETITEM'), ops(ds).count('ADDITEMS'))
        assert pickle.loads(dl) == lst and pickle.loads(dd) == d and pickle.loads(ds) == s
