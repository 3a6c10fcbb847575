# bool is an int subclass with its own repr and bitwise results.
print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__)
print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 1, True ** 2, True % 2)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(True & 1, True | 2, False ^ 3, 1 & True, type(True & 1).__name__, type(True & False).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0j))
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Sized()), bool(object()))
print(hash(True), hash(False), True == 1, False == 0.0, {True: "a", 1: "b"})
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio())
print(format(True), format(True, "d"), format(True, ">5"), f"{False!r:>7}", format(True, "x"))
print(int(True), float(False), abs(True), round(True), divmod(True, 2))
for expr in ["bool(1, 2)", "bool(x=1)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
