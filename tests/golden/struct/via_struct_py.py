# The same module through CPython's struct.py, which re-exports _struct.
import struct

print(struct.pack("<I", 5), struct.calcsize("@bq"), struct.Struct(">h").unpack(b"\x00\x05"))
print(struct.__all__)
try:
    struct.pack("b", 999)
except struct.error as e:
    print(type(e).__module__, type(e).__name__, e)
record = struct.Struct("<10sHd")
packed = record.pack(b"name", 7, 2.5)
print(packed, record.unpack(packed), struct.unpack_from("<H", packed, 10))
print([t for t in struct.iter_unpack("<bb", b"\x01\x02\x03\x04")])
struct._clearcache()
print(struct.calcsize("=ih"), struct.Struct is struct.Struct)
