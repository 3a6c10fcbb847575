# Incremental decoders and encoders of CPython's codecs module fed piece by piece.
import codecs

text = "a\xe9\u20ac\U0001f600z"
for encoding in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "utf-7", "latin-1", "unicode_escape", "raw_unicode_escape"]:
    try:
        data = text.encode(encoding) if encoding != "latin-1" else text[:2].encode(encoding)
    except UnicodeEncodeError:
        continue
    dec = codecs.getincrementaldecoder(encoding)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", final=True))
    print(encoding, data, ascii(pieces))
    dec.reset()
    print("  after reset:", ascii(dec.decode(data, final=True)), dec.getstate()[1] if encoding.startswith("utf-16") else "")
    enc = codecs.getincrementalencoder(encoding)()
    chunks = [enc.encode(c) for c in (text if encoding != "latin-1" else text[:2])]
    chunks.append(enc.encode("", final=True))
    print("  encoded:", chunks)

dec = codecs.getincrementaldecoder("utf-8")("replace")
print(ascii([dec.decode(b"\xe2"), dec.decode(b"\x82"), dec.decode(b"x"), dec.decode(b"\xe2", final=True)]))
dec = codecs.getincrementaldecoder("utf-8")()
dec.decode(b"\xe2\x82")
print(dec.getstate())
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
