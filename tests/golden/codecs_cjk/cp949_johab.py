# cp949 (unified Hangul) and johab.
from _show import show

for name in ["cp949", "johab"]:
    for text in ["한국어", "갂똠힣", "\\", "₩", "ㄱ", "漢字", "㉾"]:
        show(name + " " + text, lambda: text.encode(name))
    for data in [b"\x81\x41", b"\x88\x61", b"\x84\x41", b"\x5c", b"\xd9\xe8", b"\x81", b"\xff\xff", b"\xc9\xa1"]:
        show(name + " " + repr(data), lambda: data.decode(name))
print("x".encode("uhc"), "x".encode("ms949"))
