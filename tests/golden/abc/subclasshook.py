# __subclasshook__: True, False and NotImplemented answers, invalid
# answers, and structural checks in the style of collections.abc.
from abc import ABC, abstractmethod

class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class File:
    def close(self):
        pass
class Socket(File):
    pass
class Rock:
    pass

print(issubclass(File, Closable), issubclass(Socket, Closable), issubclass(Rock, Closable))
print(isinstance(File(), Closable), isinstance(Rock(), Closable))

class Veto(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Registered:
    pass
Veto.register(Registered)
class Heir(Veto):
    pass
print(issubclass(Registered, Veto), issubclass(Heir, Veto), isinstance(Heir(), Veto))

answers = {}
class Picky(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return answers.get(C.__name__, NotImplemented)

class A: pass
class B: pass
class C: pass
class D: pass
answers.update(A=True, B=0, C="yes", D=None)
print(issubclass(A, Picky))
for klass in (B, C, D):
    try:
        print(issubclass(klass, Picky))
    except AssertionError as e:
        print(klass.__name__, type(e).__name__, e)

class Raises(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise LookupError("hook failed")
try:
    issubclass(int, Raises)
except LookupError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, Raises)
except LookupError as e:
    print(type(e).__name__, e)

class Counting(ABC):
    calls = 0
    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return NotImplemented
for _ in range(5):
    isinstance(1, Counting)
    issubclass(str, Counting)
print("hook calls", Counting.calls)
Counting.register(float)
print(isinstance(1, Counting), isinstance(1.5, Counting), "hook calls", Counting.calls)
