print(b"abc".decode(), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"x".decode(encoding="ascii"))
print(bytearray(b"\xe2\x82\xac").decode(), b"\xff".decode(errors="ignore"), b"a\x00b".decode("ascii"))
print(b"\xff\xfea\x00".decode("utf-16"), b"a\x00\x00\x00".decode("utf-32-le"))
cases = [lambda: b"\xff".decode(), lambda: b"\xe9".decode("ascii"), lambda: b"a".decode("nope"), lambda: b"a".decode(1), lambda: b"a".decode("utf-8", 1),
         lambda: b"a".decode("a", "b", "c")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
