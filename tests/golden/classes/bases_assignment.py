class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A): pass
c = C()
print(c.who())
C.__bases__ = (B,)
print(c.who(), C.__mro__[1].__name__)
try:
    C.__bases__ = ()
except TypeError as e:
    print(e)
try:
    A.__bases__ = (C,)
except TypeError as e:
    print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
class Child(A):
    pass
A.new_method = lambda self: "added later"
print(Child().new_method())
A.who = lambda self: "changed"
print(Child().who())
