b = b"  hello \t\n"
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"xy".lstrip(b"x"), b"xy".rstrip(None))
print(b"ab".center(6), b"ab".center(5, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"42".zfill(5), b"-42".zfill(5), b"abc".center(2))
print(b"TestCase".removeprefix(b"Test"), b"TestCase".removesuffix(b"Case"), b"x".removeprefix(b"y"))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc\nd\te".expandtabs(tabsize=2))
ba = bytearray(b"  x  ")
print(ba.strip(), ba.center(7, b"."), ba.zfill(6), bytearray(b"ab").removeprefix(b"a"))
cases = [lambda: b"a".strip("a"), lambda: b"a".lstrip(1), lambda: b"a".center(5, b"ab"), lambda: b"a".center(5, "a"), lambda: b"a".ljust(3, 1),
         lambda: b"a".zfill(), lambda: b"a".removeprefix("a"), lambda: b"a".center()]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
