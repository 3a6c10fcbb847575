# int methods and attributes.
for v in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, 10**30]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator)
print((5).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print(round(15, -1), round(25, -1), round(-25, -1), round(2**70, -20), round(7, 3), round(7, -100))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__getnewargs__(), (-7).__abs__(), (0).__bool__())
print((0).__sizeof__() > 0, (2**100).__sizeof__() > (1).__sizeof__())
print(int.__name__, type(2**100) is int, isinstance(True, int), issubclass(bool, int))
try:
    (5).is_integer()
except AttributeError as e:
    print(e)
print(divmod(17, 5), abs(-(2**80)), -(-(2**80)))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(4), (0).to_bytes(0, "big"))
