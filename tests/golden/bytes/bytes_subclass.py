class Tag(bytes):
    def label(self):
        return b"<" + self + b">"
t = Tag(b"x")
print(t, repr(t), len(t), t.label(), type(t + b"y").__name__, isinstance(t, bytes), t == b"x", hash(t) == hash(b"x"))
print(type(t.upper()).__name__, bytes(t), type(bytes(t)).__name__, t[0], t[0:1])
class Buf(bytearray):
    pass
bb = Buf(b"ab")
bb.append(99)
print(bb, repr(bb), len(bb), isinstance(bb, bytearray), bb == b"abc")
