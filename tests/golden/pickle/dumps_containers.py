# Tuples, lists, dicts, sets and frozensets: opcodes and batching by protocol.
import pickle

values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [2]},
          set(), {1}, {1, 2, 3}, frozenset(), frozenset({5}), frozenset({1, 2}), [[1], [2, [3]]],
          ((1, 2), (3,)), {'k': (1, {2})}]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        print(proto, repr(v), data)
        assert pickle.loads(data) == v
