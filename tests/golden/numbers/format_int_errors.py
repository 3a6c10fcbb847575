# Invalid format specs for ints.
for spec in ["q", "s", "..", ",,", ",_", "_,", "xx", "10.2x", ".2d", ",x", ",b", ",c", "+c", "#c", "z", "zd",
             "99999999999999999999", ".99999999999999999999f", "_n", ",n", "5.5c", "=", "=^<"]:
    try:
        print(repr(spec), repr(format(5, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for v in [-1, 1 << 40, 0x110000]:
    try:
        print(format(v, "c"))
    except OverflowError as e:
        print(e)
try:
    format(10**400, "f")
except OverflowError as e:
    print(e)
try:
    format(1, 5)
except TypeError as e:
    print(e)
