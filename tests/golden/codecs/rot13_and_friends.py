# Codecs that are not text encodings: rot13 through codecs.encode only.
import codecs

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.lookup("rot13").name)
for action in [lambda: "x".encode("rot13"), lambda: b"x".decode("rot_13")]:
    try:
        action()
    except LookupError as e:
        print("LookupError:", e)
print(codecs.lookup("ROT-13")._is_text_encoding, codecs.lookup("utf-8")._is_text_encoding)
print(codecs.encode(b"abc", "unicode_internal") if False else codecs.decode(b"caf\\xe9", "unicode_escape"))
print(codecs.encode("\u20ac", "raw_unicode_escape"), codecs.decode(b"\\u20ac", "raw-unicode-escape"))
try:
    codecs.lookup("klingon")
except LookupError as e:
    print("LookupError:", e)
