class MyInt(int):
    def double(self): return self * 2
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
m.tag = "t"
print(m.tag)

class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), len(s), s + "x", type(s).__name__, s == "hi", {s: 1}["hi"])
s.note = 1
print(s.note)

class MyList(list):
    def total(self): return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), l[1:], type(l[1:]).__name__, isinstance(l, list))

class MyDict(dict):
    def __missing__(self, k): return f"missing {k}"
d = MyDict(a=1)
print(d["a"], d["zz"], len(d))

class MyTuple(tuple):
    @property
    def first(self): return self[0]
t = MyTuple((5, 6))
print(t, t.first, len(t), t + (7,))

class MyFloat(float):
    pass
print(MyFloat(1.5) * 2, isinstance(MyFloat(2), float))

class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
