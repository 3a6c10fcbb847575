# utf-8-sig, utf-16 and utf-32 byte-order marks through str.encode / bytes.decode.
for encoding in ["utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"]:
    data = "\ufeffab".encode(encoding)
    print(encoding, data, ascii(data.decode(encoding)), ascii("x".encode(encoding).decode(encoding)))
print(ascii(b"\xef\xbb\xbfx".decode("utf-8-sig")), ascii(b"x".decode("utf-8-sig")), ascii(b"\xef\xbb\xbfx".decode("utf-8")))
print(ascii(b"\xfe\xff\x00x".decode("utf-16")), ascii(b"\xff\xfex\x00".decode("utf-16")), ascii(b"x\x00".decode("utf-16")))
print(ascii(b"\x00\x00\xfe\xff\x00\x00\x00x".decode("utf-32")), ascii(b"x\x00\x00\x00".decode("utf-32")))
print(ascii(b"\xff\xfe\xff\xfex\x00".decode("utf-16")))
for data in [b"\xff\xfe\x00", b"\xff\xfe\x00\x00\x00"]:
    for encoding in ["utf-16", "utf-32"]:
        try:
            print(ascii(data.decode(encoding)))
        except UnicodeDecodeError as e:
            print(encoding, "UnicodeDecodeError:", e)
