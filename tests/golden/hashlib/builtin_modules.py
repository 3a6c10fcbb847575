# The builtin hash modules hashlib.py falls back on (_md5, _sha1, _sha256,
# _sha512, _sha3): names, types, digests and errors.
import _md5, _sha1, _sha256, _sha512, _sha3
import hashlib

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for module in (_md5, _sha1, _sha256, _sha512, _sha3):
    print(module.__name__, sorted(n for n in dir(module) if not n.startswith("__") and n not in ("implementation", "keccakopt")))
print(repr(_md5.md5(b"x")).split(" at ")[0], _sha3.sha3_224, type(_sha256.sha224()), type(_md5.md5()).__module__)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA256Type, _sha512.SHA384Type, type(_sha3.sha3_224()).__mro__)
for module, name in [(_md5, "md5"), (_sha1, "sha1"), (_sha256, "sha224"), (_sha256, "sha256"), (_sha512, "sha384"),
                     (_sha512, "sha512"), (_sha3, "sha3_224"), (_sha3, "sha3_256"), (_sha3, "sha3_384"), (_sha3, "sha3_512")]:
    h = getattr(module, name)(b"abc", usedforsecurity=False)
    c = h.copy()
    c.update(b"d")
    same = h.hexdigest() == hashlib.new(name, b"abc").hexdigest()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], same)
for name in ("shake_128", "shake_256"):
    h = getattr(_sha3, name)(b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(12), h.digest(4), h.copy().digest(4) == h.digest(4))
print(_md5.md5(string=b"abc").hexdigest(), _sha1.sha1().hexdigest())
attempt("update none", lambda: _md5.md5().update())
attempt("sha3 update none", lambda: _sha3.sha3_224().update())
attempt("shake digest none", lambda: _sha3.shake_128().digest())
attempt("shake hexdigest two", lambda: _sha3.shake_256().hexdigest(1, 2))
attempt("digest arg", lambda: _md5.md5().digest(1))
attempt("str data", lambda: _md5.md5("s"))
attempt("sha3 str data", lambda: _sha3.sha3_256("s"))
attempt("data keyword", lambda: _md5.md5(data=b""))
attempt("sha3 string keyword", lambda: _sha3.sha3_224(string=b""))
attempt("subclass sha3", lambda: type("S", (_sha3.sha3_256,), {}))
attempt("MD5Type()", lambda: _md5.MD5Type())
