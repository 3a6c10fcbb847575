# Encodings Taipan does not know natively go through CPython's encodings package.
import codecs

text = "Gr\xfc\xdfe \u043f\u0440\u0438\u0432\u0435\u0442 \u20ac \u03b1\u03b2\u03b3"
for encoding in ["cp437", "cp850", "cp1251", "cp1252", "koi8_r", "koi8-u", "mac_roman", "mac-cyrillic", "iso8859_5", "iso-8859-7",
                 "iso8859_15", "latin_1", "cp037", "utf_7", "ISO-8859-2", "windows-1250", "ascii"]:
    for errors in ["strict", "replace", "xmlcharrefreplace"]:
        try:
            data = text.encode(encoding, errors)
            print(encoding, errors, data, ascii(data.decode(encoding)))
        except UnicodeEncodeError as e:
            print(encoding, errors, "UnicodeEncodeError:", e)
    print("  name:", codecs.lookup(encoding).name)
for data, encoding in [(b"\x81\x8d\x8f", "cp1252"), (b"\xff", "cp437"), (b"\xa4", "iso8859_5"), (b"\xd0", "iso8859_7")]:
    try:
        print(encoding, ascii(data.decode(encoding)))
    except UnicodeDecodeError as e:
        print(encoding, "UnicodeDecodeError:", e)
print(ascii(b"\x81x".decode("cp1252", "replace")), ascii(b"\x81x".decode("cp1252", "backslashreplace")))
