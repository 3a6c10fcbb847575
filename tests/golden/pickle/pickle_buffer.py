# PickleBuffer and protocol 5: in-band, out-of-band with buffer_callback and buffers=.
import pickle
from pickle import PickleBuffer

class Big:
    def __init__(self, data):
        self.data = data
    def __reduce_ex__(self, proto):
        if proto >= 5:
            return (type(self)._rebuild, (PickleBuffer(self.data),))
        return (type(self)._rebuild, (bytes(self.data),))
    @classmethod
    def _rebuild(cls, obj):
        return cls(bytes(obj) if not isinstance(obj, bytearray) else obj)

b = Big(b'readonly bytes')
w = Big(bytearray(b'writable'))
for proto in (2, 4, 5):
    print(proto, pickle.dumps(b, proto))
    print(proto, pickle.loads(pickle.dumps(w, proto)).data)

buffers = []
data = pickle.dumps([b, w], 5, buffer_callback=buffers.append)
print(data, len(buffers), [type(x).__name__ for x in buffers])
print([bytes(x) for x in buffers])
print([x.data for x in pickle.loads(data, buffers=buffers)])
print([x.data for x in pickle.loads(data, buffers=[bytearray(b'AAA'), b'BBB'])])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(e)
try:
    pickle.loads(data, buffers=[])
except pickle.UnpicklingError as e:
    print(e)
keep = []
data2 = pickle.dumps(PickleBuffer(b'inband'), 5, buffer_callback=lambda pb: True)
print(data2, pickle.loads(data2))
try:
    pickle.dumps(PickleBuffer(b'x'), 4)
except pickle.PicklingError as e:
    print(e)
pb = PickleBuffer(bytearray(b'abc'))
m = pb.raw()
print(m.format, m.readonly, bytes(m), bytes(memoryview(pb)))
pb.release()
try:
    pb.raw()
except ValueError as e:
    print(e)
try:
    PickleBuffer(12)
except TypeError as e:
    print(e)
ro = pickle.loads(b'\x80\x05\x97\x98.', buffers=[bytearray(b'rw')])
print(type(ro).__name__, ro.readonly, bytes(ro))
