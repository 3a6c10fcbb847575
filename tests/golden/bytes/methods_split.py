for b in [b"a b  c", b"  a\tb\nc  ", b"", b"a,b,,c", b"one"]:
    print(b.split(), b.split(None, 1), b.split(b","), b.rsplit(), b.rsplit(None, 1), b.rsplit(b",", 1))
print(b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"a--b".split(b"--"), b"x".split(maxsplit=0), b"a b".split(sep=b" "))
print(b"k=v".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"a\x0bb".splitlines(), b"".splitlines())
ba = bytearray(b"x y")
print(ba.split(), ba.partition(b" "), ba.splitlines(), type(ba.split()[0]).__name__)
cases = [lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"a".partition(b""), lambda: b"a".partition("a"), lambda: b"a".rsplit(b"", 1)]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
sep = bytearray(b"=")
r = b"a=b".partition(sep)
print(r, r[1] is sep, bytearray(b"a=b").partition(b"=")[1], b"a=b".rpartition(memoryview(b"="))[0])
