# Subclasses of int keep their value and type and work with every operator.
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(21)
print(a, repr(a), a.double(), type(a.double()).__name__, a + 1, type(a + 1).__name__)
print(isinstance(a, int), a == 21, hash(a) == hash(21), a.bit_length(), -a, abs(MyInt(-3)))
b = MyInt("ff", 16)
print(b, int(b), b // 2, b % 7, b ** 2, b << 2, b & 15, float(b), str(b))
big = MyInt(2**100)
print(big, big + 1, big > 2**99, big.bit_length())
a.extra = "attr"
print(a.extra, sorted([MyInt(3), 1, MyInt(2)]), {MyInt(1): "x"}[1])
class Celsius(int):
    unit = "C"
    def __str__(self):
        return f"{int(self)}{self.unit}"
c = Celsius(5)
print(str(c), f"{c}", f"{c:>4}", repr(c), c + c, format(c, "x"))
class Sub2(MyInt):
    pass
print(Sub2(7).double(), type(Sub2(7)).__mro__[1].__name__)
