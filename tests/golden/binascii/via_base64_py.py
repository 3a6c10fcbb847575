# base64.py, quopri and uu over binascii (base64 needs re, hence _sre).
import base64
import binascii
import quopri

print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xff\xfe"))
print(base64.b32encode(b"abc"), base64.b16decode("6162"), base64.a85encode(b"hello"), base64.b85encode(b"hi"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.standard_b64decode(b"YQ=="))
for bad in ("a", "ab=c", "!!!!"):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error:", e)
print(quopri.encodestring(b"caf\xc3\xa9 = ok\n"), quopri.decodestring(b"caf=C3=A9"))
