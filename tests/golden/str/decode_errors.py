cases = [b"\xff", b"a\xffb", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x90\x28", b"\xed\xa0\x80", b"\xc0\x80", b"\xf5\x80\x80\x80",
         b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\x80", b"ok\xf0\x9f\x98", b"\xf0\x9f\x98x"]
for b in cases:
    try:
        print(b.decode())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e, e.start, e.end, e.reason, e.encoding, e.object)
    for h in ["replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(" ", h, ascii(b.decode("utf-8", h)))
        except UnicodeDecodeError as e:
            print(" ", h, "UnicodeDecodeError", e)
for b, enc in [(b"a\xff", "ascii"), (b"\x00", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16"),
               (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32"), (b"ab", "utf-32"), (b"\xff", "latin-1")]:
    try:
        print(enc, ascii(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError", e)
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
try:
    b"\xff".decode("utf-8", "nope")
except LookupError as e:
    print("LookupError", e)
print(b"fine".decode("utf-8", "nope"))
