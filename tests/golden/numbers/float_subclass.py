# Subclasses of float.
class Money(float):
    def __repr__(self):
        return f"Money({float(self):.2f})"
m = Money(2.5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, m * 2, -m, abs(Money(-1.25)))
print(isinstance(m, float), m == 2.5, hash(m) == hash(2.5), m.is_integer(), m.hex(), float(m), int(m))
print(Money("3.75"), Money.fromhex("0x1p3"), type(Money.fromhex("0x1p3")).__name__)
m.note = "n"
print(m.note, f"{m:.1f}", round(m), m.real, type(m.real).__name__)
class Temp(float):
    pass
t = Temp(float("nan"))
print(t != t, type(t).__name__)
