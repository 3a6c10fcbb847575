b = b"\x00az\xff"
print(list(b), [hex(x) for x in b], sum(b), tuple(bytearray(b"xy")), list(memoryview(b"mv")))
it = iter(b"ab")
print(next(it), next(it), next(it, "end"))
ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if x == 97:
        ba.append(100)
print(out, ba)
print(list(reversed(b"abc")), sorted(b"cab"), bytes(sorted(b"cab")), any(b"\x00\x00"), all(b"\x01\x02"))
print(dict(enumerate(b"hi")), list(zip(b"ab", b"cd")))
