# operator's comparisons, truth functions and identity tests, including
# comparisons returning non-bool values and errors.
import operator as op

values = [1, 2, 1.0, "a", None]
for a in values[:3]:
    for b in values[:3]:
        print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.gt(a, b), op.ge(a, b))
print(op.eq("a", None), op.ne(None, None), op.eq([1, 2], [1, 2]))
try:
    op.lt(1, "a")
except TypeError as e:
    print(e)

class Odd:
    def __lt__(self, other):
        return "odd-lt"
    def __eq__(self, other):
        return ["not", "bool"]
print(op.lt(Odd(), 1), op.eq(Odd(), 1), op.gt(1, Odd()))

print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.truth(Odd()))
a = [1]
b = [1]
print(op.is_(a, a), op.is_(a, b), op.is_not(a, b), op.is_not(None, None))
print(op.is_(1, 1), op.is_(True, True))

class Falsy:
    def __bool__(self):
        return False
class BadBool:
    def __bool__(self):
        return "yes"
print(op.truth(Falsy()), op.not_(Falsy()))
try:
    op.truth(BadBool())
except TypeError as e:
    print(e)
