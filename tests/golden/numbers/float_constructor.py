# float(): strings, numbers, special values, and the errors.
for s in ["1.5", " 2.5 ", "-3", "+4.", ".5", "1e10", "1E-3", "1_000.000_1", "inf", "-Infinity", "+nan", "NaN",
          "-iNF", "1e500", "-1e-500", "\t7\n", "١.٥", "0e0", "00012", "1e1_0"]:
    print(repr(s), float(s))
for s in ["", " ", "1__0", "_1", "1_", "1_.5", "1._5", ".", "e5", "1e", "infx", "0x10", "1,5", "- 1", "nan1", "in"]:
    try:
        print(float(s))
    except ValueError as e:
        print(e)
print(float(), float(3), float(-2**60), float(True), float(2**63), float(10**20))
print(float(b"1.25"), float(bytearray(b" 3 ")))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 9
print(float(F()), float(I()))
for v in [None, [], "x", b"y", 10**400, 1j]:
    try:
        print(float(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print(e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
