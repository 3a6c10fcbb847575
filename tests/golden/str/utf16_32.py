for s in ["", "a", "é", "€", "😀", "a😀b"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(enc)
        print(ascii(s), enc, b, ascii(b.decode(enc)))
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), ascii(b"\xef\xbb\xbfabc".decode("utf-8")))
print("\ud800".encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == "\ud800")
