# __subclasshook__: structural checks, NotImplemented fallback, bad returns.
from abc import ABC, abstractmethod


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class HasLen:
    def __len__(self):
        return 3


class NoLen:
    pass


print(issubclass(HasLen, Sized), issubclass(NoLen, Sized))
print(isinstance(HasLen(), Sized), isinstance(NoLen(), Sized))
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))


class SizedChild(Sized):
    def __len__(self):
        return 1


print("child hook defers:", issubclass(HasLen, SizedChild), issubclass(SizedChild, Sized))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Sub(Never):
    pass


print("hook says no:", issubclass(Sub, Never), isinstance(Sub(), Never))
Never.register(int)
print("register overridden by hook:", issubclass(int, Never))


class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Broken)
except AssertionError as e:
    print("AssertionError:", e)


class Counting(ABC):
    calls = 0

    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return NotImplemented


for _ in range(3):
    issubclass(dict, Counting)
print("hook calls with cache:", Counting.calls)
print(isinstance(3, Counting), isinstance(Counting.__new__(type("X", (Counting,), {})), Counting))
