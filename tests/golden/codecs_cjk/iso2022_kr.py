# iso2022_kr: KS X 1001 designated into G1 (ESC $ ) C), reached by SO and SI.
from _show import show

for text in ["한국어", "a가b", "abc", "가\n나", "漢字", "é"]:
    show(repr(text), lambda: text.encode("iso2022_kr"))
for data in [b"\x1b$)C\x0e0!\x0f", b"\x0e0!\x0f", b"\x1b$)C\x0e0", b"\x1b$)C\x0e\x7f\x7f\x0f", b"\x1b$)", b"ab"]:
    show(data, lambda: data.decode("iso2022_kr"))
