import sys


"""A struct/array-heavy program: writes a binary file format of fixed-size
records (header + records, struct.Struct), reads it back record by record
with unpack_from and iter_unpack, then runs array arithmetic over columns
(a moving average, a histogram, a checksum) as a data-logging tool would."""
try:
    import struct
except ImportError:  # Taipan before the switch to CPython's library
    import _struct as struct
import array

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhHdf8s")


def build_file(count):
    out = bytearray(HEADER.size + RECORD.size * count)
    HEADER.pack_into(out, 0, b"TLOG", 1, RECORD.size, count)
    offset = HEADER.size
    for i in range(count):
        RECORD.pack_into(out, offset, i, (i * 37) % 2001 - 1000, i % 65536, i * 0.25, i / 7.0,
                         b"sensor%02d" % (i % 100))
        offset += RECORD.size
    return bytes(out)


def read_columns(data):
    magic, version, size, count = HEADER.unpack_from(data, 0)
    assert magic == b"TLOG" and size == RECORD.size
    ids = array.array("I")
    temps = array.array("h")
    values = array.array("d")
    offset = HEADER.size
    for _ in range(count):
        rid, temp, flags, value, ratio, name = RECORD.unpack_from(data, offset)
        ids.append(rid)
        temps.append(temp)
        values.append(value + ratio)
        offset += RECORD.size
    return ids, temps, values


def moving_average(values, width):
    out = array.array("d", [0.0]) * len(values)
    total = 0.0
    for i in range(len(values)):
        total += values[i]
        if i >= width:
            total -= values[i - width]
        out[i] = total / min(i + 1, width)
    return out


def histogram(temps, buckets):
    counts = array.array("l", [0] * buckets)
    for t in temps:
        counts[(t + 1000) * buckets // 2001] += 1
    return counts


def checksum(data):
    words = array.array("H", data[: len(data) // 2 * 2])
    total = 0
    for w in words:
        total = (total * 31 + w) & 0xFFFFFFFF
    return total


def main():
    data = build_file(60000)
    ids, temps, values = read_columns(data)
    avg = moving_average(values, 16)
    hist = histogram(temps, 20)
    pairs = sum(1 for _ in struct.iter_unpack("<II", data[HEADER.size:HEADER.size + 8 * 5000]))
    packed = array.array("d", avg[::100]).tobytes()
    back = array.array("d")
    back.frombytes(packed)
    print(len(data), ids[-1], sum(temps), round(avg[-1], 6), list(hist)[:5], pairs)
    print(checksum(data), len(back), back[3] == avg[300])
    print(struct.calcsize("@bhiq"), struct.pack(">hq", -2, 3).hex())


for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 8):
    main()
