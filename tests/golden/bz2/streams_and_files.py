# bz2 over _bz2: one-shot round trips at every level, incremental streams with
# small max_length, multiple streams, truncated input, BZ2File, the codec and tarfile.
import bz2, codecs, hashlib, io, os, random, tarfile, tempfile

rng = random.Random(11)
text = ''.join(rng.choice('abcde fghij\n') for _ in range(50000)).encode()
noise = bytes(rng.randrange(256) for _ in range(20000))
for level in range(1, 10):
    packed = bz2.compress(text + noise, level)
    print(level, len(packed), hashlib.sha256(packed).hexdigest()[:16], bz2.decompress(packed) == text + noise)
packed = bz2.compress(text)
d = bz2.BZ2Decompressor()
pieces, steps = [], 0
data = packed
while not d.eof:
    pieces.append(d.decompress(data, 777))
    data = b''
    steps += 1
print(steps, b''.join(pieces) == text, d.needs_input)
c = bz2.BZ2Compressor(5)
chunks = [c.compress(text[i:i + 4096]) for i in range(0, len(text), 4096)] + [c.flush()]
print(bz2.decompress(b''.join(chunks)) == text, sum(1 for x in chunks if x))
print(bz2.decompress(bz2.compress(b'one') + bz2.compress(b'two')))
for bad in (packed[:-10], packed[:50], b'BZh9' + b'\0' * 40):
    try:
        bz2.decompress(bad)
    except (EOFError, OSError, ValueError) as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'x.bz2')
    with bz2.open(path, 'wt', encoding='utf-8') as f:
        for i in range(1000):
            f.write('line %d\n' % i)
    with bz2.open(path, 'rt', encoding='utf-8') as f:
        lines = f.readlines()
    print(len(lines), lines[-1].strip())
    with bz2.BZ2File(path) as f:
        f.seek(5000)
        print(f.tell(), f.read(12), f.peek(1)[:1])
    tpath = os.path.join(tmp, 'a.tar.bz2')
    with tarfile.open(tpath, 'w:bz2') as tf:
        info = tarfile.TarInfo('hello.txt')
        body = b'hello tar\n' * 10
        info.size = len(body)
        tf.addfile(info, io.BytesIO(body))
    with tarfile.open(tpath, 'r:bz2') as tf:
        print(tf.getnames(), tf.extractfile('hello.txt').read()[:10])
print(codecs.decode(codecs.encode(b'codec data', 'bz2_codec'), 'bz2_codec'))
