# Digests of the EUC-JP family's three-byte (0x8F) units and GB18030's
# four-byte units for the BMP.
import hashlib

for name in ["euc_jp", "euc_jis_2004", "euc_jisx0213"]:
    h = hashlib.sha1()
    for a in range(0xA1, 0xFF):
        for b in range(0xA0, 0x100):
            try:
                h.update(bytes([0x8F, a, b]).decode(name).encode("utf-8"))
            except UnicodeDecodeError as e:
                h.update(b"E%d%d" % (e.start, e.end))
    print(name, h.hexdigest())
h = hashlib.sha1()
for i in range(39420):
    seq = bytes([0x81 + i // 12600, 0x30 + i // 1260 % 10, 0x81 + i // 10 % 126, 0x30 + i % 10])
    try:
        h.update(seq.decode("gb18030").encode("utf-8"))
    except UnicodeDecodeError as e:
        h.update(b"E%d%d" % (e.start, e.end))
print("gb18030", h.hexdigest())
