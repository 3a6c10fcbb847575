# iso2022_jp_3 and iso2022_jp_2004: JIS X 0213's planes by escape sequence.
from _show import show

for name in ["iso2022_jp_3", "iso2022_jp_2004"]:
    for text in ["日本語", "俱", "𠮟", "𪚲", "é", "～", "あé𪚲"]:
        show(name + " " + ascii(text), lambda: text.encode(name))
    for data in [b"\x1b$(Q)_\x1b(B", b"\x1b$(O)_\x1b(B", b"\x1b$(P~v\x1b(B", b"\x1b$(Q.!\x1b(B", b"\x1b$(O.!\x1b(B"]:
        show(name + " " + repr(data), lambda: data.decode(name))
