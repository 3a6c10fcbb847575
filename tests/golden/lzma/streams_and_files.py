# lzma over _lzma: the three container formats, presets, checks, custom
# filter chains, raw streams, incremental decompression with small
# max_length, concatenated streams, corrupt input, LZMAFile, shutil archives.
import hashlib, io, lzma, os, random, shutil, tarfile, tempfile

rng = random.Random(5)
text = ''.join(rng.choice('abcde fghij\n') for _ in range(40000)).encode()
noise = bytes(rng.randrange(256) for _ in range(10000))
data = text + noise
for preset in (0, 1, 6, 9, 6 | lzma.PRESET_EXTREME):
    packed = lzma.compress(data, preset=preset)
    print(preset, len(packed), hashlib.sha256(packed).hexdigest()[:16], lzma.decompress(packed) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    d = lzma.LZMADecompressor()
    out = d.decompress(lzma.compress(b'check me', check=check))
    print(check, out, d.check, d.eof)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print(len(alone), lzma.decompress(alone) == data, lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data)
filters = [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 7 | lzma.PRESET_EXTREME}]
custom = lzma.compress(data, filters=filters)
print(len(custom), lzma.decompress(custom) == data)
raw_filters = [{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 16}]
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=raw_filters)
print(len(raw), lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=raw_filters) == data)
packed = lzma.compress(text)
d = lzma.LZMADecompressor()
pieces, steps, feed = [], 0, packed
while not d.eof:
    pieces.append(d.decompress(feed, 999))
    feed = b''
    steps += 1
print(steps, b''.join(pieces) == text, d.needs_input)
c = lzma.LZMACompressor()
chunks = [c.compress(text[i:i + 5000]) for i in range(0, len(text), 5000)] + [c.flush()]
print(lzma.decompress(b''.join(chunks)) == text)
print(lzma.decompress(lzma.compress(b'one') + lzma.compress(b'two')))
for bad in (packed[:-10], packed[:30], b'\xfd7zXZ\x00' + b'\x00' * 30, b'not lzma at all'):
    try:
        lzma.decompress(bad)
    except (lzma.LZMAError, EOFError) as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'x.xz')
    with lzma.open(path, 'wt', encoding='utf-8', preset=1) as f:
        for i in range(2000):
            f.write('row %d\n' % i)
    with lzma.open(path, 'rt', encoding='utf-8') as f:
        rows = f.read().splitlines()
    print(len(rows), rows[-1])
    with lzma.LZMAFile(path) as f:
        f.seek(7000)
        print(f.tell(), f.read(9))
    os.mkdir(os.path.join(tmp, 'tree'))
    for name in ('a.txt', 'b.txt'):
        with open(os.path.join(tmp, 'tree', name), 'w') as f:
            f.write(name * 50)
    archive = shutil.make_archive(os.path.join(tmp, 'pack'), 'xztar', os.path.join(tmp, 'tree'))
    with tarfile.open(archive) as tf:
        print(sorted(tf.getnames()))
