# Invalid format specs for floats, and format() through __format__.
for spec in ["d", "x", "c", "q", "..", ",,", ",_", "_n", ",n", "1.2.3", "#b", ".f"]:
    try:
        print(repr(spec), repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), e)
print(format(1.5), format(2.0, ""), str(2.0), "{:.3}".format(3.14159), "{0:>8.2f}|{1:<6}|".format(2.5, 1.25))
print("%.3f %e %g %G %10.4f %-8.2f| %+.1e %r %s" % (3.14159, 1234.5, 1e-7, 1e20, 2.5, 1.5, -0.000123, 0.1, 1e16))
print(f"{1e6:n}", f"{1234567.0:n}", f"{0.5:.0%}", f"{1/3:.50f}")
print(format(1e300, "f")[:40], len(format(1e300, "f")), format(1e-300, ".310f")[-12:])
class Price(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)
print(format(Price(2.5), ".2f"), f"{Price(3):>8}")
