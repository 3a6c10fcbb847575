# Random byte strings through the UTF-16/32 decoders under several error handlers (a deterministic sweep).
state = 7
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
pool = [0x00, 0x41, 0xd8, 0xdb, 0xdc, 0xdf, 0xff, 0xfe, 0x11, 0x10]
for it in range(800):
    data = bytes(pool[rnd(len(pool))] for _ in range(rnd(9)))
    row = []
    for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32"]:
        for h in ["strict", "surrogatepass", "replace", "backslashreplace"]:
            try:
                row.append(ascii(data.decode(enc, h)))
            except UnicodeDecodeError as e:
                row.append((e.start, e.end, e.reason))
    print(data.hex(), row)
