# cp932: Microsoft's Shift_JIS with the NEC and IBM extensions and their
# one-way mappings.
from _show import show, roundtrip

for text in ["①②③ⅠⅡⅢ", "㍉㌔㌢", "∵∴≒", "髙﨑", "ⅰⅱⅲ", "～∥－￢", "\x80"]:
    roundtrip("cp932", text)
for text in ["¦", "￤", "ｦ", "―"]:
    show(repr(text), lambda: text.encode("cp932"))
for data in [b"\xed\x40", b"\xfa\x40", b"\xee\xef", b"\xfa\x55", b"\x87\x90", b"\xa0", b"\xfd", b"\xf0\x40"]:
    show(data, lambda: data.decode("cp932"))
print("ms932".encode("ms932"), "x".encode("mskanji"))
