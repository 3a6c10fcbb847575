# round() on floats: half to even on the exact binary value, any ndigits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(-3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.4, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(5e-324, 400))
print(round(1e300, -300), round(123.456, 1), round(123.456, 5), round(0.1 + 0.2, 15), round(1e22, 2))
print(round(0.0), round(-0.0, 1), round(1e-320, 5), round(3.14159, 3), round(2.5, -1), round(15.0, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e20), round(-1e20))
print(round(float("inf"), 2), round(float("-inf"), 0), round(float("nan"), 3))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
print(round(12345.6789, 10**9), round(12345.6789, -10**9))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
