# b2a_uu / a2b_uu: line lengths, backtick=, trailing garbage, illegal chars.
import binascii
from _check import show

data = bytes(range(256))
for n in (0, 1, 2, 3, 4, 10, 44, 45):
    line = binascii.b2a_uu(data[:n])
    print(n, line, binascii.b2a_uu(data[:n], backtick=True))
    assert binascii.a2b_uu(line) == data[:n]
show(binascii.b2a_uu, data[:46])
for line in (b"", b"!", b"#86)C\n", b"#86)C  \n", b"#86)C``\n", b"#86)Cxx", b"#8\x016)C", b"&86)C", "#86)C", b"\x7f",
             b" \n", b"`\n"):
    show(binascii.a2b_uu, line)
