for b in [b"hello world", b"HELLO", b"Hello World", b"hELLO wORLD", b"", b"123abc", b"caf\xc3\xa9", b"they're"]:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
names = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
for b in [b"", b"abc", b"ABC", b"Abc", b"abc123", b"123", b" \t\n", b"Hello World", b"\xe9", b"a b", b"\x0b\x0c"]:
    print(b, " ".join("T" if getattr(b, n)() else "." for n in names))
print(bytearray(b"Ab").swapcase(), bytearray(b"ab").isalpha())
try:
    b"a".upper(1)
except TypeError as e:
    print("TypeError", e)
