# The JIS X 0213 codecs: euc_jis_2004, euc_jisx0213, shift_jis_2004,
# shift_jisx0213, with their combining pairs and characters beyond the BMP.
from _show import show

names = ["euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213"]
for name in names:
    for text in ["か\u309a", "か", "\u02e9\u02e5", "𠮟", "𪚲", "俱剝", "\\~", "か𐀀x", "ㇷ\u309a"]:
        show(name + " " + ascii(text), lambda: text.encode(name))
    for data in [b"\xa4\xf7", b"\x82\xf5", b"\xae\xa1", b"\x8f\xfe\xf6", b"\x8f\xa1", b"\xfc\xf4"]:
        show(name + " " + repr(data), lambda: data.decode(name, "backslashreplace"))
