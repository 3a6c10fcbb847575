# Every protocol round-trips a mixed structure, equal and with shared parts kept shared.
import pickle

shared = [1, 2]
obj = {'ints': [0, -1, 2**100, -(2**70)], 'floats': (1.25, -3e-7), 'c': 1 + 2j, 'text': 'h\xe9llo \u4e16\u754c',
       'bytes': b'\x00\x01', 'ba': bytearray(b'q'), 'set': {1, 2}, 'fs': frozenset('ab'), 'none': None,
       'bools': [True, False], 'shared': (shared, shared), 'nested': [[[[]]]], 'ell': ..., 'ni': NotImplemented}
for proto in range(-1, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(obj, proto))
    print(proto, back == obj, back['shared'][0] is back['shared'][1], back['ell'] is ..., back['ni'] is NotImplemented)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(obj) == pickle.dumps(obj, 4))
