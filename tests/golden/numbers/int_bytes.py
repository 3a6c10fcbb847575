# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "little", signed=True))
print((2**64 - 1).to_bytes(8, "little"), (-(2**63)).to_bytes(8, "big", signed=True))
for args, kw in [((1, "big"), {}), ((1, "middle"), {}), ((-1, "big"), {}), ((2, "big"), {"signed": False})]:
    for v in [256, -1, 128]:
        try:
            print(v, v.to_bytes(*args, **kw))
        except (OverflowError, ValueError) as e:
            print(v, type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80", "little", signed=True))
print(int.from_bytes(bytes(range(20)), "big"), int.from_bytes(b"\x01\x02"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(e)
