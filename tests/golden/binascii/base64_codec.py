# b2a_base64 / a2b_base64: padding, newline=, ignored characters, str input.
import binascii
from _check import show

data = bytes(range(256))
for n in range(8):
    print(n, binascii.b2a_base64(data[:n]), binascii.b2a_base64(data[:n], newline=False))
assert binascii.a2b_base64(binascii.b2a_base64(data)) == data
for text in (b"AAEC", "AAE=", b"AA==", b"AB==CD", b"A B\nC D", b"AB=D==", b"ABC=D==", b"Zm9v\nYmFy\n", b"!!Zm9v!!",
             bytearray(b"Zm8="), memoryview(b"Zm8=")):
    show(binascii.a2b_base64, text)
for text in (b"A", b"AB", b"ABCDA", b"ABCDEFGHI", b"AB=", b"A==="):
    show(binascii.a2b_base64, text)
show(binascii.a2b_base64, "é")
show(binascii.a2b_base64, 5)
show(binascii.b2a_base64, "abc")
show(binascii.b2a_base64, b"abc", True)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__)
