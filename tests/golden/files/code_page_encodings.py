# The cp1252 and iso8859-15 code pages: every byte decoded, encoding, and the charmap errors; files opened with them.
all_bytes = bytes(range(256))
for enc in ["cp1252", "windows-1252", "iso-8859-15", "latin9", "ISO8859_15", "L9"]:
    text = all_bytes.decode(enc, errors="replace")
    print(enc, ascii(text[0x7e:]))
    back = text.replace("\ufffd", "").encode(enc)
    print(len(back), back == bytes(b for b in all_bytes if text[b] != "\ufffd"))
    try:
        all_bytes.decode(enc)
    except UnicodeDecodeError as e:
        print("decode:", e)
    for s in ["\u20ac\u0160", "snow \u2603\u2603!", "\xa4\xa6"]:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print("encode:", e)
    print(ascii("\x81\u2603x".encode(enc, errors="backslashreplace")), ascii("\u2603".encode(enc, errors="xmlcharrefreplace")))
    print(ascii(b"\x81\x8d".decode(enc, errors="surrogateescape")), ascii(b"\x81".decode(enc, errors="ignore")))
import os
name = "_code_pages.txt"
with open(name, "w", encoding="cp1252") as f:
    f.write("\u20ac 5 \u2014 na\xefve \u201cquoted\u201d\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="cp1252") as f:
    print(ascii(f.read()), f.encoding)
with open(name, encoding="iso8859-15") as f:
    print(ascii(f.read()))
try:
    with open(name, "w", encoding="iso8859-15") as f:
        f.write("\u2014")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
os.remove(name)
