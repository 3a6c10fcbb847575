# repr/str of ints and the base conversion builtins.
for v in [0, 5, -5, 2**47, -(2**47) - 1, 2**200, -(3**100)]:
    print(repr(v), str(v), bin(v), oct(v), hex(v))
print(str(True), repr(False), str(2**64), f"{2**70}", "%d" % 2**70, "%x" % 255)
print(0x7fff_ffff, 0o777, 0b1010_1010, 1_000_000, 00, 0_0)
print(10**50, -10**50)
