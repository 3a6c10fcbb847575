# iso2022_jp_2: Japanese, Korean and Chinese sets, and Latin-1 through G2.
from _show import show

for text in ["日本語", "한국어", "中文", "丂", "café", "aé\nb", "¥", "a日한中b"]:
    show(repr(text), lambda: text.encode("iso2022_jp_2"))
for data in [b"\x1b$(C0!\x1b(B", b"\x1b$A VP\x1b(B", b"\x1b.A\x1bNi", b"\x1bNi", b"\x1b$(C0", b"\x1b$B\x1b(B"]:
    show(data, lambda: data.decode("iso2022_jp_2"))
