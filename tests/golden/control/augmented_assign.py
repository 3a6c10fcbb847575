x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
f = 7.5
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"a": 1}
d["a"] += 10
print(d)

class Box:
    def __init__(self):
        self.v = 1

b = Box()
b.v += 41
print(b.v)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
