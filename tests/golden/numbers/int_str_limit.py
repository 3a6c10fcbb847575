# The 4300-digit limit for str <-> int conversion in decimal.
import sys
print(sys.get_int_max_str_digits())
s = "7" * 4300
print(len(str(int(s))))
try:
    int("7" * 4301)
except ValueError as e:
    print(e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(len(hex(2 ** 20000)), int("f" * 5000, 16) == 16 ** 5000 - 1, len(bin(3 ** 10000)))
x = 10 ** 4299
print(len(str(x)), len(repr(-x)))
