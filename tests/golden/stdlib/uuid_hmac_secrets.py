# uuid (name-based uuid3/uuid5, parsing, fields, variants), hmac (digests,
# incremental updates, compare_digest) and secrets (sizes and types only).
import hashlib
import hmac
import secrets
import uuid

for ns, name in [(uuid.NAMESPACE_DNS, "python.org"), (uuid.NAMESPACE_URL, "https://example.com/a"),
                 (uuid.NAMESPACE_OID, "1.3.6.1"), (uuid.NAMESPACE_X500, "cn=x")]:
    u3, u5 = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
    print(u3, u3.version, u5, u5.version, u5.variant)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.hex, u.int, u.urn, u.bytes, u.bytes_le.hex(), u.fields, u.time_low, u.node, u.clock_seq)
print(repr(u), str(uuid.UUID(bytes=u.bytes)), uuid.UUID(int=1), uuid.UUID(fields=u.fields) == u)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, u < uuid.UUID(int=2**127), hash(u) == hash(uuid.UUID(u.hex)))
print(uuid.UUID("00000000-0000-1000-8000-000000000000").time, uuid.UUID(int=0).variant, uuid.RESERVED_FUTURE)
print(uuid.uuid4().version, len(str(uuid.uuid4())), uuid.uuid1().version, uuid.SafeUUID.unknown)
for bad in ["not-a-uuid", "12345678-1234-5678-1234-56781234567", "{12345678-1234-5678-1234-567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print("ValueError", e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError", e)

key = b"secret-key"
msg = b"The quick brown fox"
for algo in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
    h = hmac.new(key, msg, algo)
    print(algo, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hmac.new(key, digestmod=hashlib.sha256)
for chunk in (b"The ", b"quick ", b"brown fox"):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hmac.new(key, msg, "sha256").hexdigest(), c.hexdigest() != h.hexdigest())
print(hmac.digest(key, msg, "sha256") == hmac.new(key, msg, "sha256").digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.new(b"k" * 200, b"long key", "sha1").hexdigest())
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError", e)
try:
    hmac.compare_digest("abc", b"abc")
except TypeError as e:
    print("TypeError", e)

print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), type(secrets.token_urlsafe()).__name__)
print(secrets.randbelow(1) == 0, 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256)
print(secrets.choice("aaaa"), secrets.compare_digest(b"x", b"x"), isinstance(secrets.SystemRandom().random(), float))
print(set(secrets.token_hex(32)) <= set("0123456789abcdef"), len(secrets.token_bytes()))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)
