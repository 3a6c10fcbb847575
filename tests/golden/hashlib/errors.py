# hashlib, hmac and blake2: errors in CPython's words.
import _hashlib
import hashlib
import hmac

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("str data", lambda: hashlib.sha256("text"))
attempt("int data", lambda: hashlib.sha256(5))
attempt("str update", lambda: hashlib.md5().update("x"))
attempt("no update arg", lambda: hashlib.sha256().update())
attempt("two update args", lambda: hashlib.sha256().update(b"a", b"b"))
attempt("two positional", lambda: hashlib.sha256(b"x", b"y"))
attempt("data keyword", lambda: hashlib.sha256(data=b"x"))
attempt("unknown name", lambda: hashlib.new("nope"))
attempt("_hashlib unknown", lambda: _hashlib.new("nope"))
attempt("name not str", lambda: hashlib.new(5))
attempt("string twice", lambda: _hashlib.new("sha256", b"x", string=b"x"))
attempt("digest arg", lambda: hashlib.sha256().digest(1))
attempt("hexdigest kw", lambda: hashlib.sha256().hexdigest(length=1))
attempt("copy arg", lambda: hashlib.sha256().copy(1))
attempt("xof no length", lambda: hashlib.shake_128().digest())
attempt("xof float", lambda: hashlib.shake_256().hexdigest(1.5))
attempt("xof huge", lambda: hashlib.shake_128().digest(2 ** 70))
attempt("HASH()", lambda: _hashlib.HASH())
attempt("blake2 str", lambda: hashlib.blake2b("s"))
attempt("blake2 int update", lambda: hashlib.blake2s().update(1))
attempt("blake2 digest arg", lambda: hashlib.blake2b().digest(1))
attempt("blake2 two positional", lambda: hashlib.blake2b(b"x", b"y"))
attempt("blake2 bad kw", lambda: hashlib.blake2b(foo=1))
for cls in (hashlib.blake2b, hashlib.blake2s):
    big = cls.MAX_DIGEST_SIZE + 1
    for kw in [dict(digest_size=0), dict(digest_size=big), dict(digest_size="x"),
               dict(salt=b"x" * (cls.SALT_SIZE + 1)), dict(person=b"x" * (cls.PERSON_SIZE + 1)),
               dict(key=b"x" * (cls.MAX_KEY_SIZE + 1)), dict(key="s"), dict(salt="s"), dict(person=1),
               dict(fanout=-1), dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=-1),
               dict(leaf_size=2 ** 32), dict(node_offset=-1), dict(node_depth=-1), dict(node_depth=256),
               dict(inner_size=-1), dict(inner_size=big)]:
        attempt(cls.__name__ + " " + " ".join(kw), lambda: cls(**kw).hexdigest()[:8])
attempt("blake2s node_offset", lambda: hashlib.blake2s(node_offset=2 ** 48))
attempt("hmac str key", lambda: hmac.new("k", b"", "sha256"))
attempt("hmac no digestmod", lambda: hmac.new(b"k"))
attempt("hmac unknown", lambda: hmac.new(b"k", b"", "nope"))
attempt("hmac_new unknown", lambda: _hashlib.hmac_new(b"k", digestmod="nope"))
attempt("hmac_new int", lambda: _hashlib.hmac_new(b"k", digestmod=5))
attempt("hmac_new none", lambda: _hashlib.hmac_new(b"k"))
attempt("hmac_new str msg", lambda: _hashlib.hmac_new(b"k", "m", "md5"))
attempt("hmac_digest str key", lambda: _hashlib.hmac_digest("k", b"m", "md5"))
attempt("hmac_digest unknown", lambda: _hashlib.hmac_digest(b"k", b"m", "nope"))
attempt("hmac_digest int", lambda: _hashlib.hmac_digest(b"k", b"m", 5))
attempt("hmac update str", lambda: hmac.new(b"k", digestmod="md5").update("x"))
attempt("pbkdf2 zero iterations", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt("pbkdf2 zero dklen", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
attempt("pbkdf2 unknown", lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
attempt("pbkdf2 huge iterations", lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 2 ** 31))
attempt("pbkdf2 huge dklen", lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 2 ** 31))
attempt("pbkdf2 str password", lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 1))
attempt("pbkdf2 float iterations", lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1.0))
attempt("pbkdf2 bytes name", lambda: hashlib.pbkdf2_hmac(b"sha1", b"p", b"s", 1))
attempt("scrypt no salt", lambda: hashlib.scrypt(b"p", n=2, r=1, p=1))
attempt("scrypt no n", lambda: hashlib.scrypt(b"p", salt=b"s", r=1, p=1))
attempt("scrypt no r", lambda: hashlib.scrypt(b"p", salt=b"s", n=2, p=1))
attempt("scrypt no p", lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=1))
attempt("scrypt n=3", lambda: hashlib.scrypt(b"p", salt=b"s", n=3, r=1, p=1))
attempt("scrypt dklen 0", lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=1, p=1, dklen=0))
attempt("scrypt maxmem", lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=1, p=1, maxmem=-1))
attempt("scrypt memory", lambda: hashlib.scrypt(b"p", salt=b"s", n=2 ** 20, r=8, p=1))
attempt("scrypt positional salt", lambda: hashlib.scrypt(b"p", b"s", n=2, r=1, p=1))
attempt("compare ints", lambda: hmac.compare_digest(1, 2))
attempt("compare non-ascii", lambda: hmac.compare_digest("é", "é"))
attempt("compare bytes str", lambda: hmac.compare_digest(b"a", "a"))
attempt("compare str bytes", lambda: hmac.compare_digest("a", b"a"))
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError), _hashlib.get_fips_mode())
print(_hashlib._constructors[_hashlib.openssl_md5], len(_hashlib._constructors), type(_hashlib._constructors).__name__)
print(hashlib.md5 is _hashlib.openssl_md5, hashlib.blake2b.__module__, type(hashlib.sha256()).__module__)
