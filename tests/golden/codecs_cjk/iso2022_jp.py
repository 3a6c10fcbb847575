# iso2022_jp, iso2022_jp_1 and iso2022_jp_ext: escape sequences designate
# JIS X 0208, JIS X 0212, JIS X 0201 Roman and katakana.
from _show import show

for name in ["iso2022_jp", "iso2022_jp_1", "iso2022_jp_ext"]:
    for text in ["日本語", "abc日本def", "¥‾", "丂", "ｱｲｳ", "a\nあ\nb", "é", "한"]:
        show(name + " " + repr(text), lambda: text.encode(name))
    for data in [b"\x1b$B$\"\x1b(B", b"\x1b$@$\"\x1b(B", b"\x1b(J\\~\x1b(B", b"\x1b$(D0!\x1b(B", b"\x1b(I12\x1b(B",
                 b"\x1b$B$", b"\x1b$", b"\x1b", b"\x1b$Z", b"\x80", b"\x1b$B\x7f\x7f", b"\x1bxy"]:
        show(name + " " + repr(data), lambda: data.decode(name))
print("x".encode("csiso2022jp"), "x".encode("iso2022jp"), "x".encode("iso-2022-jp"))
