# float methods and attributes.
for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 3.0, float("inf"), float("nan")]:
    print(v.hex(), v.is_integer(), v.real, v.imag, v.conjugate())
for v in [0.0, 1.5, -0.75, 0.1, 1e20, 5e-324, 3.0]:
    print(v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ["0x1.8p1", " -0X1P-1074 ", "0x1p-1080", "1", "0x.8", "inf", "-nan", "0x1.fffffffffffffp1023", "0x1P+4",
          "0x10", "0x1.000000000000080000p0", "0x1.000000000000180000p0"]:
    print(s, float.fromhex(s))
for s in ["x", "0x", "0x1p", "1.2.3", "0x1p1024", "0x1.fffffffffffff8p1023"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.5).__getnewargs__())
print(float.__getformat__("double"), (7.0).__int__(), (7.9).__float__())
print(all(float.fromhex(x.hex()) == x for x in [0.1, 1e-310, 123.456, -7.0, 1e308]))
