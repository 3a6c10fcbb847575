x = 10
assert x == 10
assert x == 10, "message not used"
try:
    assert x == 11, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))

a = [1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)

class C:
    pass

c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del p, q
print("p" in dir())
