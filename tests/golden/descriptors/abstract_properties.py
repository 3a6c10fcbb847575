from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(Base.__dict__["value"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__, Base.__dict__["helper"].__isabstractmethod__)
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @property
    def value(self): return 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "h"
print(Impl.make().value, Impl.helper())
try:
    Base()
except TypeError as e:
    print(e)
