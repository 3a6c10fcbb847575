# hz: GB 2312 between ~{ and ~}, ~~ for a tilde, ~ and a newline for nothing.
from _show import show

for text in ["中文", "a~b", "中a文", "~{", "é", "中\n文"]:
    show(repr(text), lambda: text.encode("hz"))
for data in [b"~{VP~}", b"~~", b"a~\nb", b"~{VP", b"~{V", b"~", b"~x", b"~}", b"~{~~~}", b"\x80",
             b"~{VPa~}", b"~{!\xa1~}", b"~{~{~}"]:
    show(data, lambda: data.decode("hz", "backslashreplace"))
    show(data, lambda: data.decode("hz"))
