# big5 and cp950: traditional Chinese, with the ETEN and Microsoft additions.
from _show import show

for name in ["big5", "cp950"]:
    for text in ["中文", "繁體字", "€", "ぁ", "Ё", "╔", "¢", "¥", "\x80"]:
        show(name + " " + repr(text), lambda: text.encode(name))
    for data in [b"\xa4\xa4", b"\xa1\x45", b"\xc6\xa1", b"\xf9\xf9", b"\x80", b"\xa1", b"\xa1\x30", b"\xa3\xe1",
                 b"\xf9\xfe", b"\xc8\x79"]:
        show(name + " " + repr(data), lambda: data.decode(name))
print("x".encode("big5_tw"), "x".encode("csbig5"), "x".encode("ms950"))
