# chr, ord, repr, ascii, format, str conversions.
print(chr(65), chr(0x1F600), repr(chr(0)), ord("A"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print(repr("it's"), repr('say "hi"'), ascii("café ☃"), ascii([1, "é"]), repr(1.0), repr(None))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(12))
print(format(0.5, "%"), format(255, "#x"), format(-1, "+d"))


class F:
    def __format__(self, spec):
        return f"F<{spec}>"

    def __repr__(self):
        return "F()"


print(format(F(), "abc"), f"{F():xyz}", repr(F()), ascii(F()), str(F()))
for bad in ["chr(-1)", "chr(0x110000)", "chr('a')", "ord('ab')", "ord(1)", "ord('')", "format(1, 2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
