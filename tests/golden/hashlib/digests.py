# hashlib: every guaranteed algorithm (and OpenSSL's extras) on a few inputs,
# through the named constructors, new(), update() in pieces and copy().
import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", "héllo wörld".encode(), bytes(range(256)) * 40]
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available))
for name in sorted(hashlib.algorithms_guaranteed):
    constructor = getattr(hashlib, name)
    for data in inputs:
        h = constructor(data)
        if name.startswith("shake"):
            print(name, len(data), h.hexdigest(20), h.digest(5))
        else:
            print(name, len(data), h.hexdigest())
for name in ["sha512_224", "sha512_256", "md5-sha1", "ripemd160", "sm3", "SHA256", "sha3_256", "blake2b"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

for name in sorted(hashlib.algorithms_guaranteed):
    whole = hashlib.new(name, inputs[-1])
    pieces = hashlib.new(name)
    for i in range(0, len(inputs[-1]), 777):
        pieces.update(inputs[-1][i:i + 777])
    copy = pieces.copy()
    copy.update(b"more")
    args = (32,) if name.startswith("shake") else ()
    print(name, pieces.digest(*args) == whole.digest(*args), copy.digest(*args) != pieces.digest(*args),
          pieces.name, pieces.digest_size, pieces.block_size, type(pieces).__name__)

h = hashlib.sha256()
for chunk in [b"a", bytearray(b"b"), memoryview(b"c")]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.digest() == h.digest())
print(hashlib.sha1(b"x" * 1000000).hexdigest(), hashlib.md5(string=b"kw").hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest(), hashlib.new("md5", b"y", usedforsecurity=False).hexdigest())
print(repr(hashlib.sha256()).split(" @ ")[0], repr(hashlib.shake_128()).split(" @ ")[0])
print(repr(hashlib.blake2b()).split(" at ")[0], repr(hashlib.new("blake2s")).split(" at ")[0])
print(hashlib.shake_256(b"abc").hexdigest(0), hashlib.shake_128(b"abc").digest(length=3))
print(type(hashlib.shake_128()).__mro__)
