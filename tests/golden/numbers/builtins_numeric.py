# Builtins over numbers: abs, round, divmod, pow, min, max, sum, hex, bin, oct.
print(abs(-7), abs(7.25), abs(-0.0), round(7.5), round(8.5), round(-7.5), round(7.55, 1), round(2**80 + 7, -1))
print(divmod(17, -5), divmod(-17, 5), divmod(17.5, 5), pow(2, 5), pow(2.0, 5), pow(2, -2), pow(7, 2, 5))
print(min(3, 1.5, 2**70), max([-1, -1.5]), sum([1.5, 2.5]), sum([2**70, 2**70]), sum([], 0.0))
print(hex(255), hex(-255), bin(10), bin(-10), oct(64), oct(-64), hex(2**70))
print(int.__add__(3, 4), int.__mul__(3, 4), float.__add__(1.5, 2.0), (3).__add__(1.5), (3).__radd__(4))
print((1.5).__rsub__(4), (2).__pow__(10), (2).__rpow__(3), (10).__rtruediv__(5), (7).__rfloordiv__(50))
print((5).__neg__(), (5).__invert__(), (5).__lt__(6), (5).__eq__(5.0), (5.0).__eq__(5))
print(round(3.14159, 2), round(-2.5), round(2.5), round(0.1 + 0.2, 1))
try:
    round("x")
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
