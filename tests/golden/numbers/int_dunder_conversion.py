# int() and friends honour __int__, __index__ and __trunc__.
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 3
class BadInt:
    def __int__(self):
        return "no"
class IntSub(int):
    pass
import math
print(int(WithInt()), int(WithIndex()), math.trunc(WithTrunc()))
print(type(int(IntSub(5))).__name__, int(IntSub(5)))
try:
    int(BadInt())
except TypeError as e:
    print(e)
print(bin(WithIndex()), hex(WithIndex()), oct(WithIndex()))
print([10, 20, 30, 40, 50, 60, 70, 80][WithIndex()])
print(float(WithIndex()), complex(WithIndex()))
print((5).__index__(), (5).__int__(), (5).__float__(), (True).__index__())
print(round(WithIndex().__index__() / 2))
