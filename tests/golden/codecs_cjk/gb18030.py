# gb18030: two- and four-byte sequences, the whole of Unicode.
from _show import show, roundtrip

for text in ["中文", "€", "\x80", "é", "\uffff", "\U00010000", "\U0010ffff", "😀", "\ue5e5", "ḿ", "\u9fb4"]:
    show(ascii(text), lambda: text.encode("gb18030"))
for data in [b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39", b"\x84\x31\xa5\x30", b"\x90\x30\x81\x30",
             b"\xe3\x32\x9a\x35", b"\xe3\x32\x9a\x36", b"\x81\x30", b"\x81\x30\x81", b"\x81\x30\x20\x30",
             b"\xfe\x39\xfe\x39", b"\x85\x30\x81\x30", b"\xa8\xbc", b"\xa6\xd9"]:
    show(data, lambda: data.decode("gb18030"))
roundtrip("gb18030", "".join(chr(c) for c in range(0x4e00, 0x4e40)) + "\U0002000b\U0001f600")
