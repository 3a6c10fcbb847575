# Digests of whole tables ([gb2312, gbk, gb18030, cp949]): every BMP character encoded and every two-byte
# sequence decoded, per codec, so that any single difference shows.
import hashlib

names = ["gb2312", "gbk", "gb18030", "cp949"]
for name in names:
    enc = hashlib.sha1()
    for cp in list(range(0xD800)) + list(range(0xE000, 0x10000)) + list(range(0x20000, 0x2B000, 13)):
        try:
            enc.update(chr(cp).encode(name))
        except UnicodeEncodeError as e:
            enc.update(b"E%d" % e.end)
    dec = hashlib.sha1()
    for a in range(0x80, 0x100):
        for b in range(0x100):
            try:
                dec.update(bytes([a, b]).decode(name).encode("utf-8"))
            except UnicodeDecodeError as e:
                dec.update(b"E%d%d" % (e.start, e.end))
    print(name, enc.hexdigest(), dec.hexdigest())
