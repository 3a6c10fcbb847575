# Binary-to-text encodings: quopri (quoted-printable, header mode, files),
# uu file encoding, base64's b16/b32/b32hex/b64/b85/a85 variants with
# validation, and binascii helpers.
import base64
import binascii
import io
import quopri
import uu
import warnings

text = "Grüße, naïve café — 100% = «OK»\n".encode("utf-8") + b"trailing space \nlong " + b"x" * 80 + b"\n"
qp = quopri.encodestring(text)
print(qp.decode())
print(quopri.decodestring(qp) == text, quopri.encodestring(b"a b_c", quotetabs=True), quopri.encodestring(b"a b_c", header=True))
print(quopri.decodestring(b"a_b=3Dc=\nd", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"tab\there\n"), out, quotetabs=True)
print(out.getvalue())

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    src = io.BytesIO(bytes(range(100)))
    enc = io.BytesIO()
    uu.encode(src, enc, name="data.bin", mode=0o644)
    print(enc.getvalue().decode())
    enc.seek(0)
    dec = io.BytesIO()
    uu.decode(enc, dec, quiet=True)
    print(dec.getvalue() == bytes(range(100)))
    try:
        uu.decode(io.BytesIO(b"no header here\n"), io.BytesIO())
    except uu.Error as e:
        print("uu.Error", e)

data = b"Many hands make light work.\x00\xff"
for name in ("b16encode", "b32encode", "b32hexencode", "b64encode", "urlsafe_b64encode", "b85encode", "a85encode"):
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace("encode", "decode"))(enc)
    print(name, enc, dec == data)
print(base64.a85encode(b"hello world", foldspaces=True, wrapcol=10, adobe=True))
print(base64.b64decode(b"SGVs bG8=\n", validate=False), base64.b32decode(b"nbswy3dp", casefold=True))
print(base64.b16decode(b"cafe", casefold=True), base64.encodebytes(b"x" * 60), base64.standard_b64decode("YWJj"))
for bad in [lambda: base64.b64decode(b"abc", validate=True), lambda: base64.b64decode(b"ab!c", validate=True),
            lambda: base64.b32decode(b"AAA"), lambda: base64.b16decode(b"0g"), lambda: base64.a85decode(b"<~abc"),
            lambda: base64.b85decode(b"|||||")]:
    try:
        bad()
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0), binascii.b2a_qp(b"a=b \t\n"))
print(binascii.a2b_base64(b"YWJj\n"), binascii.b2a_base64(b"abc", newline=False), binascii.unhexlify("00ff"))
