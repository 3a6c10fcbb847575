# A DEFLATE decompressor in pure Python (RFC 1951 inside a zlib stream):
# bit reader, canonical Huffman tables for fixed and dynamic blocks, stored
# blocks, length/distance back-references; checked against zlib's output.
import sys
import random
import zlib

LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
               67, 83, 99, 115, 131, 163, 195, 227, 258)
LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
             1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
CODE_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


class BitReader:
    def __init__(self, data, pos):
        self.data = data
        self.pos = pos
        self.bit = 0

    def read(self, n):
        value = 0
        for i in range(n):
            byte = self.data[self.pos]
            value |= ((byte >> self.bit) & 1) << i
            self.bit += 1
            if self.bit == 8:
                self.bit = 0
                self.pos += 1
        return value

    def align(self):
        if self.bit:
            self.bit = 0
            self.pos += 1


class Huffman:
    """Canonical code: maps (length, code) to a symbol."""

    def __init__(self, lengths):
        self.table = {}
        code = 0
        for length in range(1, 16):
            for sym, l in enumerate(lengths):
                if l == length:
                    self.table[(length, code)] = sym
                    code += 1
            code <<= 1

    def decode(self, bits):
        code = length = 0
        table = self.table
        while True:
            code = (code << 1) | bits.read(1)
            length += 1
            sym = table.get((length, code))
            if sym is not None:
                return sym


FIXED_LIT = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
FIXED_DIST = Huffman([5] * 30)


def read_dynamic(bits):
    hlit = bits.read(5) + 257
    hdist = bits.read(5) + 1
    hclen = bits.read(4) + 4
    cl_lengths = [0] * 19
    for i in range(hclen):
        cl_lengths[CODE_ORDER[i]] = bits.read(3)
    cl = Huffman(cl_lengths)
    lengths = []
    while len(lengths) < hlit + hdist:
        sym = cl.decode(bits)
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            lengths.extend([lengths[-1]] * (3 + bits.read(2)))
        elif sym == 17:
            lengths.extend([0] * (3 + bits.read(3)))
        else:
            lengths.extend([0] * (11 + bits.read(7)))
    return Huffman(lengths[:hlit]), Huffman(lengths[hlit:])


def inflate(data):
    bits = BitReader(data, 2)  # skip the zlib header
    out = bytearray()
    while True:
        final = bits.read(1)
        kind = bits.read(2)
        if kind == 0:
            bits.align()
            n = data[bits.pos] | data[bits.pos + 1] << 8
            out += data[bits.pos + 4:bits.pos + 4 + n]
            bits.pos += 4 + n
        else:
            lit, dist = (FIXED_LIT, FIXED_DIST) if kind == 1 else read_dynamic(bits)
            while True:
                sym = lit.decode(bits)
                if sym < 256:
                    out.append(sym)
                elif sym == 256:
                    break
                else:
                    i = sym - 257
                    length = LENGTH_BASE[i] + bits.read(LENGTH_EXTRA[i])
                    d = dist.decode(bits)
                    distance = DIST_BASE[d] + bits.read(DIST_EXTRA[d])
                    start = len(out) - distance
                    for k in range(length):
                        out.append(out[start + k])
        if final:
            return bytes(out)


def make_text(n, rng):
    words = ['alpha', 'beta', 'gamma', 'delta', 'interpreter', 'bytecode', 'frame', 'stack', '\n']
    return ' '.join(rng.choice(words) + str(rng.randrange(50)) for _ in range(n)).encode()


rng = random.Random(11)
raw = make_text(int(sys.argv[1]) if len(sys.argv) > 1 else 120000, rng)
streams = [zlib.compress(raw, 9), zlib.compress(raw[:5000], 1), zlib.compress(raw[:3000], 0)]
results = [inflate(s) for s in streams]
assert results[0] == raw
print(len(raw), [zlib.crc32(r) for r in results])
