class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
print(len({Key(1), Key(1), Key(2)}))

class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)

class Inherits(Key):
    pass
print(hash(Inherits(5)) == hash(5))

class EqOnlySub(Key):
    def __eq__(self, o): return False
try:
    hash(EqOnlySub(1))
except TypeError as e:
    print(e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(e)

class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Plain: pass
a = Plain()
print(hash(a) == hash(a), a == a, a != Plain())
