# Issue 10: results whose size is known before they are built (join,
# replace, a read of n bytes, repetition, to_bytes) are refused at once with
# MemoryError when they cannot fit in any machine's memory, without filling
# memory first (no address-space limit here: the size alone decides).
cases = [
    "''.join(['a' * 10**7] * 10**6)",
    "'-'.join(iter(['a' * 10**7] * 10**6))",
    "b''.join([b'a' * 10**7] * 10**6)",
    "('a' * 10**6).replace('a', 'b' * 10**7)",
    "('a' * 10**6).replace('', 'b' * 10**7)",
    "(b'a' * 10**6).replace(b'a', b'b' * 10**7)",
    "open('/dev/zero', 'rb').read(10**14)",
    "open('/dev/zero', 'rb', buffering=0).read(10**14)",
    "b'a' * 10**14",
    "(1).to_bytes(10**14, 'big')",
]
for src in cases:
    try:
        eval(src)
        print(src, 'succeeded')
    except MemoryError as e:
        print(src, 'MemoryError', e)

# The same operations at ordinary sizes.
print(''.join(iter(['a', 'b'])), '-'.join(('x', 'y')), b'-'.join(iter([b'x', bytearray(b'y'), memoryview(b'z')])))
print('abcabc'.replace('b', 'XX'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', 'b', 2))
print(b'abc'.replace(b'', b'-', 2), b'aaa'.replace(b'a', b''), bytearray(b'abab').replace(b'b', b'cc', 1))
print(len(open('/dev/zero', 'rb').read(100000)))
for bad in ([1], ['a', 2], iter(['a', None])):
    try:
        ''.join(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    b''.join([b'a', 'b'])
except TypeError as e:
    print('TypeError', e)
