# gzip.py over zlib: one-shot compress/decompress and writing a GzipFile.
import gzip
import io
import zlib

data = b"hello gzip " * 100
blob = gzip.compress(data, mtime=0)
print(len(blob), blob[:4], gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(b"", mtime=0)), len(gzip.compress(data, compresslevel=1, mtime=0)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
    f.write(b"tail")
raw = buf.getvalue()
print(len(raw), raw[:3], zlib.decompress(raw, 31) == data + b"tail")
print(gzip.decompress(raw + blob) == data + b"tail" + data)
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
