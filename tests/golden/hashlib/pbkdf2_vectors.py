# pbkdf2_hmac against the published test vectors (RFC 6070 for SHA-1) and
# other digests, dklen choices, and hmac over long keys.
import hashlib
import hmac

for password, salt, iterations, dklen in [(b"password", b"salt", 1, 20), (b"password", b"salt", 2, 20),
                                          (b"password", b"salt", 4096, 20),
                                          (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25),
                                          (b"pass\0word", b"sa\0lt", 4096, 16)]:
    print(hashlib.pbkdf2_hmac("sha1", password, salt, iterations, dklen).hex())
for name in ("md5", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "sha512_256"):
    print(name, hashlib.pbkdf2_hmac(name, b"pw", b"salt", 50).hex(), len(hashlib.pbkdf2_hmac(name, b"pw", b"salt", 2, 7)))
for key in (b"", b"k", b"k" * 64, b"k" * 65, b"k" * 200):
    print(len(key), hmac.new(key, b"data", "sha256").hexdigest()[:24], hmac.new(key, b"data", "sha512").hexdigest()[:24])
