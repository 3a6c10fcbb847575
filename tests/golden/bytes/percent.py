print(b"%s %s" % (b"a", bytearray(b"b")), b"%d|%5d|%-5d|%05d" % (1, 2, 3, -4), b"%x %X %#o" % (255, 255, 8))
print(b"%r" % b"q", b"%a" % "\xe9", b"%c%c" % (65, b"B"), b"%%" % (), b"%.2f" % 3.14159, b"%b" % b"bee", b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
class B:
    def __bytes__(self):
        return b"dunder"
print(b"%s" % B(), b"%s" % memoryview(b"mv"))
cases = [lambda: b"%s" % "str", lambda: b"%c" % 300, lambda: b"%c" % b"ab", lambda: b"%d" % b"1", lambda: b"%s %s" % (b"a",),
         lambda: b"%s" % (b"a", b"b"), lambda: b"%z" % 1, lambda: b"%(k)s" % {"k": 1}]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
