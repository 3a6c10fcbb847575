# hash objects: attributes, copies are independent, reprs, new() names and
# aliases, algorithms sets, and the same digests from every route.
import hashlib
import _hashlib

h = hashlib.sha256(b"start")
c = h.copy()
h.update(b"-more")
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == hashlib.sha256(b"start").hexdigest())
print(repr(h).split(" @ ")[0], type(h).__name__, type(h).__qualname__, type(h).__module__)
for name in ("md5", "sha1", "sha256", "sha3_512", "shake_128", "blake2b"):
    via_new = hashlib.new(name, b"x")
    via_attr = getattr(hashlib, name)(b"x")
    args = (8,) if name.startswith("shake") else ()
    print(name, via_new.digest(*args) == via_attr.digest(*args), via_new.name == via_attr.name, via_new.block_size)
for alias in ("SHA256", "sha256", "SHA512", "MD5", "sha3-256", "SHA3-256"):
    try:
        print(alias, hashlib.new(alias).name)
    except ValueError as e:
        print(alias, "ValueError", e)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available, "sha256" in _hashlib.openssl_md_meth_names)
print(sorted(hashlib.__all__))
print(isinstance(hashlib.sha256(), _hashlib.HASH), isinstance(hashlib.shake_256(), _hashlib.HASH))
