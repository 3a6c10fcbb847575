# hashlib.blake2b / blake2s: the BLAKE2 parameter block (key, salt, person,
# fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node).
import hashlib
from hashlib import blake2b, blake2s

print(blake2b(b"abc").hexdigest())
print(blake2s(b"abc").hexdigest())
print(blake2b().hexdigest(), blake2s().hexdigest())
for cls in (blake2b, blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    for size in (1, 16, 20, cls.MAX_DIGEST_SIZE):
        h = cls(b"data", digest_size=size)
        print(size, h.digest_size, h.block_size, h.name, h.hexdigest())
    print(cls(b"msg", key=b"k").hexdigest())
    print(cls(b"msg", key=b"k" * cls.MAX_KEY_SIZE).hexdigest())
    print(cls(key=b"secret").hexdigest())
    print(cls(b"msg", salt=b"s" * cls.SALT_SIZE, person=b"p" * cls.PERSON_SIZE).hexdigest())
    print(cls(b"msg", salt=b"short", person=b"me").hexdigest())
    print(cls(b"msg", fanout=0, depth=255, leaf_size=4096, node_offset=3, node_depth=2, inner_size=16).hexdigest())
    print(cls(b"msg", fanout=2, depth=2, leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1, node_depth=255,
              inner_size=cls.MAX_DIGEST_SIZE, last_node=True).hexdigest())
    print(cls(b"msg", last_node=True).hexdigest(), cls(b"msg", last_node=0).hexdigest())
    print(cls(b"x" * 1000, digest_size=32, key=b"key", salt=b"salt", person=b"person").hexdigest())
    for n in (0, 1, cls().block_size - 1, cls().block_size, cls().block_size + 1, 3 * cls().block_size):
        data = bytes(i % 251 for i in range(n))
        h = cls(key=b"k")
        h.update(data[: n // 2])
        h.update(data[n // 2:])
        print(n, h.hexdigest() == cls(data, key=b"k").hexdigest(), h.hexdigest()[:32])
    h = cls(b"start", digest_size=24, key=b"kk")
    c = h.copy()
    c.update(b"end")
    print(h.hexdigest(), c.hexdigest(), c.digest_size, type(c).__name__)
print(blake2b(b"abc", node_offset=2 ** 64 - 1).hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=16).hexdigest(), hashlib.new("blake2s", b"abc", key=b"k").hexdigest())
