# Quoted-printable: b2a_qp's line breaking, quoting rules and options; a2b_qp.
import binascii
from _check import show

samples = [b"hello world", b"a=b", b"line \nnext\t\n", b"x" * 100, b"caf\xc3\xa9", b".\n.x", b"a b_c", b"tab\there",
           b"a\r\nb \r\n", b"\x00\x01 \n", b"end ", b"y" * 74 + b"=", b"z" * 75 + b"\n" + b"w" * 80, b"a\rb", b"a\r",
           b"." , b"x.\n", b"=" * 30]
for s in samples:
    print(s[:20])
    show(binascii.b2a_qp, s)
    show(binascii.b2a_qp, s, quotetabs=True)
    show(binascii.b2a_qp, s, istext=False)
    show(binascii.b2a_qp, s, header=True)
for s in (b"a=3D=\nb=4", b"==41=4g=\r\nx", b"soft=\r\nbreak", b"a_b", b"=", b"=4", b"=a1=A1", "text=41"):
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, header=True)
show(binascii.a2b_qp, data=b"x=41")
show(binascii.b2a_qp, "text")
