table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abc".translate(None, b"b"))
print(bytearray(b"abc").translate(table), b"hello".translate(None), b"hello".translate(None, delete=b"l"))
print(bytearray.maketrans(b"a", b"b")[97])
cases = [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"), lambda: b"a".translate()]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
