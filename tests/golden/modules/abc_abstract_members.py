# Computing __abstractmethods__: inheritance, overrides, properties,
# classmethod/staticmethod, deprecated decorators and instantiation errors.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self): ...

    @abstractmethod
    def stop(self): ...

    @property
    @abstractmethod
    def state(self): ...

    def helper(self):
        return "helper"


print(sorted(Base.__abstractmethods__))


class Partial(Base):
    def run(self):
        return "run"


print(sorted(Partial.__abstractmethods__))
for cls in (Base, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)


class Full(Partial):
    def stop(self):
        return "stop"

    @property
    def state(self):
        return "ok"


f = Full()
print(Full.__abstractmethods__, f.run(), f.stop(), f.state, f.helper())


class Again(Full):
    @abstractmethod
    def run(self): ...


print(sorted(Again.__abstractmethods__))
try:
    Again()
except TypeError as e:
    print(e)


class Old(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def util(): ...

    @abc.abstractproperty
    def prop(self): ...


print(sorted(Old.__abstractmethods__))
print(isinstance(Old.__dict__["make"], classmethod), isinstance(Old.__dict__["util"], staticmethod),
      isinstance(Old.__dict__["prop"], property))
print(abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__)


class Fine(Old):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return 7

    prop = 5


print(type(Fine.make()).__name__, Fine.util(), Fine().prop)

# attribute marked abstract by hand
class Manual(ABC):
    x = type("Marker", (), {"__isabstractmethod__": True})()
    y = 3


print(sorted(Manual.__abstractmethods__))

# non-ABC classes do not check
class NotAbc:
    @abstractmethod
    def f(self): ...


print(type(NotAbc()).__name__, NotAbc.f.__isabstractmethod__)

# a falsy __abstractmethods__ allows instantiation
class Empty(ABC):
    pass


print(Empty.__abstractmethods__ == frozenset(), type(Empty()).__name__)


def f():
    pass


print(abstractmethod(f) is f, f.__isabstractmethod__)
try:
    abstractmethod(3)
except AttributeError as e:
    print("AttributeError:", e)
