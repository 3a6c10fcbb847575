# format() with many specs over random ints and floats (extremes, inf, nan),
# repr, round and %-formatting: every result as CPython gives it.
import random, math
random.seed(11)
specs = ["", "g", ".3g", ".10g", "e", ".2e", "f", ".0f", ".15f", "%", ".1%", ",", "_", ",.2f", "+", " ", "010.3f", "<12.4g", ">+15.3e", "^20", "#g", "#.0f", "#x", "#o", "#b", "n", "x", "X", "c", "d", "08d", ",d", "_x", "=+10d"]
vals = []
for _ in range(300):
    k = random.random()
    if k < 0.3: vals.append(random.uniform(-1e6, 1e6))
    elif k < 0.5: vals.append(random.choice([0.0, -0.0, 1e-300, 5e-324, 1e308, float('inf'), -float('inf'), float('nan'), 0.1, 2.5, 0.5, 1.5, 123456789.987654321]))
    elif k < 0.7: vals.append(10 ** random.uniform(-20, 20) * random.choice([1, -1]))
    else: vals.append(random.randint(-10**12, 10**12))
out = []
for v in vals:
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    out.append(repr(v)); out.append(str(round(v, 3)) if isinstance(v, float) and math.isfinite(v) else "")
    out.append("%r %s %.3f %10.2e %g %d" % (v, v, v, v, v, v) if math.isfinite(v) else "")
print("\n".join(out))
