# hashlib: digests of inputs around each algorithm's block size, fed whole
# and byte by byte, and long inputs fed in uneven pieces.
import hashlib

for name in sorted(hashlib.algorithms_guaranteed):
    block = hashlib.new(name).block_size
    results = []
    for n in (block - 1, block, block + 1, 2 * block):
        data = bytes((i * 7 + n) % 256 for i in range(n))
        whole = hashlib.new(name, data)
        bytewise = hashlib.new(name)
        for i in range(n):
            bytewise.update(data[i:i + 1])
        args = (16,) if name.startswith("shake") else ()
        assert whole.digest(*args) == bytewise.digest(*args)
        results.append(whole.hexdigest(*args)[:12])
    print(name, block, results)
big = bytes(range(256)) * 4099
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hashlib.new(name)
    position, step = 0, 1
    while position < len(big):
        h.update(big[position:position + step])
        position += step
        step = step * 3 % 9973 + 1
    print(name, h.hexdigest() == hashlib.new(name, big).hexdigest(), h.hexdigest()[:16])
