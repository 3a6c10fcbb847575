# hashlib: every guaranteed algorithm, copies, errors, pbkdf2_hmac, file_digest,
# and random.seed with str and bytes seeds (hashed with sha512 as CPython does).
import hashlib, random
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"abc")
    if name.startswith("shake"):
        print(name, h.hexdigest(16), h.digest_size, h.block_size, h.name)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b"a"); c = h.copy(); c.update(b"b"); print(h.hexdigest(), c.hexdigest())
print(hashlib.md5(b"x").digest(), hashlib.sha1(string=b"").hexdigest())
try: hashlib.sha256("s")
except TypeError as e: print(e)
try: hashlib.new("nope")
except ValueError as e: print(e)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 10, 8).hex())
print(repr(hashlib.sha256()).split(" object")[0], repr(hashlib.shake_128()).split(" object")[0])
random.seed("hello"); print(random.random()); random.seed(b"x"); print(random.random()); random.seed("x" * 1000); print(random.random())
import io; print(hashlib.file_digest(io.BytesIO(b"data"), "sha256").hexdigest())
