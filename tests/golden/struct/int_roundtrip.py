# Packing then unpacking integers gives them back; bytes follow the byte order.
import _struct

values = [0, 1, 127, 255, 256, 32767, 65535, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 47, 2 ** 62, 2 ** 63 - 1, 2 ** 64 - 1]
for prefix in "@<>=!":
    for code in "bBhHiIlLqQ":
        fmt = prefix + code
        bits = _struct.calcsize(fmt) * 8
        signed = code.islower()
        lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
        vals = [v for v in values + [-v for v in values] if lo <= v <= hi]
        packed = [_struct.pack(fmt, v) for v in vals]
        back = [_struct.unpack(fmt, p)[0] for p in packed]
        assert back == vals, (fmt, back, vals)
        print(fmt, packed[len(packed) // 2].hex(), packed[-1].hex())
print(_struct.pack("<q", -2), _struct.pack(">Q", 2 ** 64 - 2), _struct.unpack("@P", _struct.pack("@P", 2 ** 64 - 1)))
print(_struct.unpack("@n", b"\xff" * 8), _struct.unpack("@N", b"\xff" * 8))
