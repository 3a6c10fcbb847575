# copy.copy / copy.deepcopy of built-in values: atoms stay, containers are
# new, shared parts and cycles are copied once.
import copy

atoms = [None, 1, 2.5, True, 3j, "s", b"b", (1, 2), frozenset({1}), range(3), int, len, Ellipsis, NotImplemented]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms if not isinstance(a, frozenset)])

l = [1, [2, 3], {"k": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["k"] is l[2]["k"])

dct = {"a": [1], "b": (2, [3])}
dc = copy.deepcopy(dct)
print(dc, dc["b"] is dct["b"], dc["b"][1] is dct["b"][1])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))

st = {1, 2, 3}
print(sorted(copy.copy(st)), copy.copy(st) is st, sorted(copy.deepcopy(st)))
fs = frozenset({(1, 2), (3, 4)})
print(copy.deepcopy(fs) == fs, copy.copy(fs) is fs)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

shared = [1]
outer = [shared, shared]
oc = copy.deepcopy(outer)
print(oc[0] is oc[1], oc[0] is shared)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)
cd = {}
cd["self"] = cd
print(copy.deepcopy(cd)["self"] is not cd)
ct = ([],)
ct[0].append(ct)
ctc = copy.deepcopy(ct)
print(ctc[0][0] is ctc, ctc is ct)

memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, memo[id(memo)] == [a])
print(copy.deepcopy(a, memo) is b)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
print(copy.__all__)


def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(f) is f)


class C:
    def m(self):
        return self


c = C()
bm = copy.deepcopy(c.m)
print(bm.__func__ is C.m, bm.__self__ is c, type(bm.__self__).__name__)


class Bytes(bytearray):
    pass


bb = Bytes(b"x\xff")
bb.a = 1
print(bb.__reduce_ex__(2), bb.__reduce_ex__(3), bb.__reduce__(), bytearray().__reduce__())
print(type(copy.deepcopy(bb)).__name__, copy.deepcopy(bb), copy.copy(bb).a)
