# Random byte strings through the UTF-8 decoder with strict, replace and surrogatepass (a deterministic sweep).
state = 99
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
pool = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xa0, 0x9f, 0xed, 0xee, 0xef, 0xf0, 0x90, 0x8f, 0xf4, 0xf5, 0xff]
h = 0
for it in range(2000):
    data = bytes(pool[rnd(len(pool))] for _ in range(rnd(7)))
    try:
        r = data.decode("utf-8")
    except UnicodeDecodeError as e:
        r = (e.start, e.end, e.reason)
    r2 = data.decode("utf-8", "replace")
    try:
        r3 = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as e:
        r3 = (e.start, e.end, e.reason)
    print(data.hex(), ascii(r), ascii(r2), ascii(r3))
