# Argument checking of pack and pack_into, and non-integer arguments.
import _struct
from _check import show

show(_struct.pack)
show(_struct.pack, "i")
show(_struct.pack, "i", 1, 2)
show(_struct.pack, "2i", 1)
show(_struct.pack, "i", 1.0)
show(_struct.pack, "i", "1")
show(_struct.pack, "i", None)
show(_struct.pack, "q", 2.5)
show(_struct.pack, "i", True)


class Idx:
    def __index__(self):
        return 1234


class BadIdx:
    def __index__(self):
        raise ValueError("nope")


class BadFloat:
    def __float__(self):
        raise ValueError("nope")


print(_struct.pack("<i", Idx()), _struct.pack("<Q", Idx()))
show(_struct.pack, "i", BadIdx())
show(_struct.pack, "d", BadFloat())
show(_struct.pack, "i", 1, fmt=2)
show(_struct.pack, "?", type("B", (), {"__bool__": lambda s: 1 / 0})())
