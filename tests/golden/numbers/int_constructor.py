# int(): from numbers, strings in every base, and the errors.
print(int(), int(7), int(-3.9), int(3.9), int(True), int(1e20), int(-1e300) == -(10**300))
for s in ["12", " 12 ", "-12", "+0", "1_000_000", "0x1f", "0o17", "0b101", "\t42\n", "١٢٣", "  ٣ "]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(e)
for s, b in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("z", 36), ("Z", 36), ("777", 8), ("0o777", 0),
             ("101", 2), ("0b101", 0), ("010", 0), ("000", 0), ("0_0", 0), ("1_0", 0), ("12", 3), ("0x_1f", 16)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(e)
for s in ["", "  ", "1e5", "1.5", "1__0", "_1", "1_", "+ 1", "0x", "abc", "12a", "- 3", "\x00"]:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
for args in [("12", 1), ("12", 37), (12, 10), (None,), ("9", 8), ([],), ("12", 2.0)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b" 17 "), 8), int("12", base=16))
try:
    int(b"x")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
