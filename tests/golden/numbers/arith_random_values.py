# Random int and float operands through every binary operator, conversions,
# hashes, divmod and rounding: each result as CPython computes it.
import random, math
random.seed(5)
def rnd_int():
    k = random.random()
    if k < 0.3: return random.randint(-100, 100)
    if k < 0.6: return random.randint(-2**70, 2**70)
    if k < 0.8: return random.choice([0, 1, -1, 2**47, -2**47, 2**47 - 1, -2**47 - 1, 2**63, -2**63, 2**64 + 1])
    return random.randint(-10**40, 10**40)
def rnd_float():
    k = random.random()
    if k < 0.5: return random.uniform(-1e3, 1e3)
    if k < 0.7: return random.choice([0.0, -0.0, 0.5, -1.5, 1e-310, 1e308, float('inf'), -float('inf'), float('nan')])
    return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
ops = ["+", "-", "*", "//", "%", "**", "/", "<<", ">>", "&", "|", "^", "<", "==", ">="]
out = []
for _ in range(1500):
    a = rnd_int() if random.random() < 0.6 else rnd_float()
    b = rnd_int() if random.random() < 0.6 else rnd_float()
    op = random.choice(ops)
    if op == "**" and isinstance(b, int) and abs(b) > 200: b = b % 50
    if op in ("<<", ">>") and isinstance(b, int): b = b % 100
    try:
        r = eval(f"a {op} b")
        out.append(f"{a!r} {op} {b!r} = {r!r}")
    except Exception as e:
        out.append(f"{a!r} {op} {b!r} -> {type(e).__name__}: {e}")
for _ in range(300):
    f = rnd_float()
    try:
        out.append(f"{f!r} {int(f) if math.isfinite(f) else 'x'} {round(f, 2)!r} {f.hex()} {float.fromhex(f.hex())!r} {f.as_integer_ratio() if math.isfinite(f) else ''} {hash(f) if f == f else 'h'} {math.floor(f) if math.isfinite(f) else ''} {divmod(f, 3) if math.isfinite(f) else ''}")
    except Exception as e:
        out.append(f"{f!r} -> {type(e).__name__}: {e}")
for _ in range(300):
    i = rnd_int()
    out.append(f"{i} {hash(i)} {i.bit_length()} {float(i)!r} {i.to_bytes(40, 'big', signed=True).hex()[-12:]} {int(str(i)) == i} {round(i, -3)} {divmod(i, 7)} {pow(i, 3, 1000003) if i else 0} {hex(i)} {i.bit_count()}")
print("\n".join(out))
