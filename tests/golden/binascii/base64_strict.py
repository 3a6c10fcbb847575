# a2b_base64(strict_mode=True) refuses what the lenient decoder skips.
import binascii
from _check import show

for text in (b"AB==", b"=AB=", b"AB=C", b"AB==C", b"A!B=", b"AB===", b"AB\n==", b"ABCD", b"AB=", b"ABC=", b"",
             b"A", b"AB==\n"):
    show(binascii.a2b_base64, text, strict_mode=True)
    show(binascii.a2b_base64, text, strict_mode=False)
