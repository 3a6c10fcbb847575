# Slice assignment and deletion, simple and extended.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = (100, 101)
print(a)
a[1:1] = "xyz"
print(a)
a[:] = range(6)
print(a)
a[::2] = "ABC"
print(a)
a[::-2] = [9, 8, 7]
print(a)
def bad1():
    a[::2] = [1, 2]
attempt(bad1)
def bad2():
    a[1:5:2] = [1, 2, 3]
attempt(bad2)
def bad3():
    a[1:2] = 5
attempt(bad3)
a[3:1] = [42]
print(a)
a[-100:-50] = [0]
print(a)
a[100:200] = [1]
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:2] = b
print(b)
b[::-1] = b
print(b)
c = list(range(20))
del c[::3]
print(c)
del c[-1:0:-4]
print(c)
del c[2:5]
print(c)
del c[::-1]
print(c)
d = list(range(10))
del d[5:]
del d[:1]
print(d)
del d[::100]
print(d)
e = [0] * 5
e[1:4:2] = (7, 8)
print(e)
e[4:0:-1] = "abcd"
print(e)
attempt(lambda: e.__setitem__(slice(0, 4, 0), []))
f = list(range(5))
f[1:3] = (x * 10 for x in range(4))
print(f)
f[::2] = {1: 0, 2: 0, 3: 0, 4: 0}
print(f)
