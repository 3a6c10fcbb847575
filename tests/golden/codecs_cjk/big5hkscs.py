# big5hkscs: Big5 with the Hong Kong supplement, its pairs and plane 2.
from _show import show

for text in ["中文", "\u00ca\u0304", "\u00ca", "\u00ea\u030c", "𠀋", "㐀", "\u02cd", "\x80", "€"]:
    show(ascii(text), lambda: text.encode("big5hkscs"))
for data in [b"\x88\x62", b"\x88\x64", b"\x88\x66", b"\x87\x40", b"\x88\x40", b"\xfe\xfe", b"\x80", b"\x88",
             b"\xa1\xc5", b"\x87\xdf"]:
    show(data, lambda: data.decode("big5hkscs"))
print("x".encode("hkscs"), "x".encode("big5_hkscs"))
