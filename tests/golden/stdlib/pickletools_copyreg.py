# pickletools: disassembling pickles of several protocols, optimize, genops;
# copyreg: registering a reducer for a class and constructor checks.
import copyreg
import io
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
obj = {"name": "demo", "pts": [Point(1, 2), Point(3, 4)], "t": (1, 2.5, None, True), "b": b"\x00\xff"}
for proto in (0, 2, 4):
    data = pickle.dumps(obj, protocol=proto)
    out = io.StringIO()
    pickletools.dis(data, out=out)
    text = out.getvalue()
    print(proto, len(text.splitlines()), text.splitlines()[-1])
    print(pickle.loads(data))
data = pickle.dumps([1, "a", "a", (1, 2)], protocol=2)
out = io.StringIO()
pickletools.dis(data, out=out, annotate=30)
print(out.getvalue())
opt = pickletools.optimize(pickle.dumps(["x" * 3, "x" * 3], protocol=4))
print(opt, pickle.loads(opt))
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps({"k": 1}, protocol=3))])
print(pickletools.opcodes[0].name, len(pickletools.opcodes) > 60)
try:
    pickletools.dis(b"\x80\x04garbage")
except ValueError as e:
    print("ValueError", str(e)[:40])
print(copyreg.dispatch_table[Point] is reduce_point)
try:
    copyreg.pickle(Point, "not callable")
except TypeError as e:
    print("TypeError", e)
print(copyreg.__newobj__(Point, 5, 6) .__class__.__name__, copyreg._slotnames(Point))
copyreg.add_extension("mymod", "myname", 240)
print(copyreg._extension_registry[("mymod", "myname")], copyreg._inverted_registry[240])
copyreg.remove_extension("mymod", "myname", 240)
print(("mymod", "myname") in copyreg._extension_registry)
