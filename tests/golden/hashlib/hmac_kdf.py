# hmac over every digest, pbkdf2_hmac, scrypt and compare_digest.
import hashlib
import hmac

names = sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}) + ["sha512_256", "ripemd160"]
for name in names:
    m = hmac.new(b"key", b"The quick brown fox", name)
    print(name, m.name, m.digest_size, m.block_size, m.hexdigest())
    print(" ", hmac.digest(b"key", b"The quick brown fox", name).hex() == m.hexdigest())
for digestmod in (hashlib.sha256, hashlib.md5, hashlib.blake2s, "sha3_224"):
    m = hmac.new(b"k" * 200, digestmod=digestmod)
    m.update(b"part one, ")
    c = m.copy()
    m.update(b"part two")
    print(m.name, m.hexdigest(), c.hexdigest(), hmac.new(b"", b"", digestmod).hexdigest()[:16])
print(hmac.new(bytearray(b"key"), memoryview(b"msg"), "sha1").hexdigest())
print(hmac.digest(b"key", b"msg", hashlib.sha1).hex(), hmac.digest(b"key", b"msg", "blake2b").hex()[:20])
print(hmac.HMAC(b"key", b"msg", "sha256").hexdigest())

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pass", b"NaCl", 1000, dklen=100).hex())
print(hashlib.pbkdf2_hmac("SHA256", bytearray(b"pw"), memoryview(b"s"), 10, None).hex())
print(hashlib.pbkdf2_hmac(hash_name="md5", password=b"", salt=b"", iterations=2).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"pw", salt=b"s", n=2, r=1, p=1).hex())

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"), ("abc", "abd"),
             (bytearray(b"x"), memoryview(b"x")), (b"", b""), ("", "")]:
    shown = [x if isinstance(x, str) else bytes(x) for x in (a, b)]
    print(type(a).__name__, type(b).__name__, shown, hmac.compare_digest(a, b))
