# str, bytes and bytearray under every protocol, including escapes and sizes
# at the boundaries of the short and long opcodes.
import pickle

values = ['', 'abc', 'caf\xe9', '\u20ac', '\U0001f600', 'a\nb\\c\x00d\re\x1a', '\ud800', 'x' * 255, 'y' * 256,
          b'', b'xyz', b'\x00\xff', b'z' * 256, bytearray(), bytearray(b'ab')]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v)[:30], data[:60], len(data), back == v, type(back).__name__)
