# Internationalised domain names through the idna and punycode codecs,
# stringprep's tables and nameprep, and a few other text codecs (rot13,
# unicode_escape, raw_unicode_escape, charmap-based ones, utf-7).
import codecs
import encodings.idna
import stringprep

for name in ["bücher.example", "xn--bcher-kva.example", "Straße.de", "пример.рф", "日本語.jp", "already.ascii"]:
    enc = name.encode("idna")
    print(name, enc, enc.decode("idna"))
print("mañana".encode("punycode"), b"maana-pta".decode("punycode"), encodings.idna.ToASCII("ÉCOLE"), encodings.idna.ToUnicode(b"xn--cole-9oa"))
print(encodings.idna.nameprep("Straße"), encodings.idna.nameprep("ＡＢＣ"))
for bad in ["a" * 64 + ".com", "bad\u0000label", "x..y"]:
    try:
        bad.encode("idna")
    except UnicodeError as e:
        print("UnicodeError", type(e).__name__, str(e)[:60])
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00df"), stringprep.map_table_b3("A"))
print(stringprep.in_table_c11(" "), stringprep.in_table_c12("\u00a0"), stringprep.in_table_c21("\x7f"), stringprep.in_table_c3("\ue000"))
print(stringprep.in_table_c8("\u200e"), stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print("tab\t\u00e9\u20ac\U0001F600".encode("unicode_escape"), b"\\u00e9\\n\\x41".decode("unicode_escape"))
print("\u00e9\u20ac".encode("raw_unicode_escape"), b"\\u20ac\\n".decode("raw_unicode_escape"))
print("Hi €!".encode("utf-7"), b"Hi +IKw-!".decode("utf-7"), "Ä".encode("cp437"), "Ä".encode("mac_roman"), b"\x80".decode("cp1252"))
print(codecs.lookup("latin_1").name, codecs.lookup("UTF8").name, codecs.lookup("cp65001").name if hasattr(codecs, "lookup") else "")
print("x\u20acy".encode("ascii", "xmlcharrefreplace"), "x\u20acy".encode("ascii", "backslashreplace"), "x\u20acy".encode("latin-1", "namereplace"))
print(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"), b"a\xffb".decode("ascii", "replace"))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a") + enc.encode("b", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(b) for b in [b"\xe2", b"\x82", b"\xac", b"!"]])
