class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class K1(X, Y): pass
class K2(Y, X): pass
try:
    class K3(K1, K2): pass
except TypeError as e:
    print("TypeError:", e)
