# memoryview.cast between byte formats and native formats (what re's
# compiler, gzip and struct-heavy code use), and its errors.
import array
m = memoryview(b"abcdefgh")
print(m.cast("I").tolist(), m.cast("B").format, m.cast("c")[0], m.cast("@H").itemsize, len(m.cast("Q")))
print(m.cast("I").cast("B").tobytes(), m.cast("b").tolist()[:3], m.cast("?").tolist()[:2])
buf = bytearray(8)
w = memoryview(buf).cast("I")
w[1] = 7
print(buf, w.readonly, memoryview(b"x").cast("B").readonly)
print(memoryview(array.array("H", [1, 2])).cast("B").tolist())
print(m.cast("B", shape=[8]).tolist() == list(b"abcdefgh"))
for bad in [lambda: memoryview(b"abc").cast("x"), lambda: memoryview(b"abc").cast("I"),
            lambda: m[::2].cast("B"), lambda: m.cast("I").cast("H"), lambda: m.cast(1),
            lambda: memoryview(b"abc").cast("Z")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
