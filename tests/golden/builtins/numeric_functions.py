# abs, divmod, pow, round, bin, oct, hex.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70), abs(complex(3, 4)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**65, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5))
print(pow(base=2, exp=5), pow(7, -1, 5))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7), round(1.5, None))
print(type(round(2.5)), type(round(2.5, 0)), round(0.125, 2), round(-1.005, 2))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**64))


class Idx:
    def __index__(self):
        return 42


print(bin(Idx()), hex(Idx()), oct(Idx()))


class Num:
    def __abs__(self):
        return "absolute"

    def __round__(self, n=None):
        return ("rounded", n)

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(abs(Num()), round(Num()), round(Num(), 3), divmod(Num(), 1), divmod(1, Num()))
for bad in ["abs('x')", "divmod('a', 1)", "round('x')", "bin('a')", "pow(2, 3, 0)", "hex(1.5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
