# base64 and binascii helpers: every alphabet, padding errors, urlsafe, a85/b85, z85-like round trips.
import base64
import binascii

data = bytes(range(0, 256, 7))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64decode("YWJj"), base64.encodebytes(b"x" * 60))
print(base64.a85encode(b"hello world", wrapcol=8, adobe=True), base64.a85encode(b"    ", foldspaces=True))
for bad in [b"YWJ", b"Y!==", b"abc$"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error", e)
print(base64.b64decode(b"YW Jj\n"), base64.b32decode("mzxw6===", casefold=True))
try:
    base64.b32decode("MZXW6==")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.crc32(b"abc"), binascii.b2a_base64(b"hi", newline=False))
