class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v!r})"
class Q(P):
    def __str__(self): return f"<{self.v}>"
    def __format__(self, spec):
        return f"Q[{spec}]"
print(P(1), repr(P("a")), str(P(2)), [P(3)])
print(Q(1), repr(Q(1)), f"{Q(1)}", f"{Q(1):>10}", format(Q(2), "x"))
print("%s %r" % (Q(5), Q(5)))
class Plain: pass
try:
    format(Plain(), "d")
except TypeError as e:
    print(e)
plain = Plain()
print(format(plain, "") == str(plain))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
print(ascii(P("é")), ascii("ü"))
class E:
    pass
e = E()
print(str(e) == repr(e))
