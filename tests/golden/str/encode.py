s = "héllo wörld €😀"
for enc in ["utf-8", "utf8", "UTF-8", "utf_8", "U8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
for enc in ["latin-1", "latin1", "iso-8859-1", "ISO8859-1", "l1", "ascii", "us-ascii"]:
    print(enc, "abc".encode(enc), "é".encode(enc, "replace"))
print("".encode(), "abc".encode(), "é".encode(encoding="latin-1"), "é".encode("ascii", errors="ignore"))
print("a\x00b".encode("utf-16-le"), "😀".encode("utf-16-be"), "😀".encode("utf-32-be"))
for call in (lambda: s.encode("ascii"), lambda: s.encode("latin-1"), lambda: "a".encode("nope"), lambda: "a".encode(1),
             lambda: "a".encode("utf-8", 1), lambda: "a".encode("utf-8", "strict", "x"), lambda: "\ud800".encode(), lambda: "é".encode("ascii", "bogus"),
             lambda: "a".encode("ascii", "bogus")):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
