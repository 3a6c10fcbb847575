# ABCMeta as a metaclass: keyword arguments, subclassing the metaclass,
# __init_subclass__, and isinstance on instances whose __class__ differs.
from abc import ABC, ABCMeta, abstractmethod


class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        tag = kw.pop("tag", "none")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Tagged(metaclass=Meta, tag="t1"):
    @abstractmethod
    def go(self): ...


class Impl(Tagged, tag="t2"):
    def go(self):
        return "went"


print(Tagged.tag, Impl.tag, Impl().go(), type(Impl).__name__)


class Registry(ABC):
    seen = []

    def __init_subclass__(cls, /, label=None, **kw):
        super().__init_subclass__(**kw)
        Registry.seen.append((cls.__name__, label))


class One(Registry, label="one"):
    pass


class Two(One):
    pass


print(Registry.seen)


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Animal(ABC):
    pass


class Dog(Animal):
    pass


p = Proxy(Dog())
print(isinstance(p, Animal), isinstance(p, Dog), type(p).__name__)
Animal.register(Proxy)
print(isinstance(Proxy(3), Animal))
print(issubclass(Dog, ABC), isinstance(Dog(), ABC), ABC.__slots__)
print(Animal.__subclasses__() == [Dog])


class Multi(Dog, Registry):
    pass


print(issubclass(Multi, Animal), issubclass(Multi, Registry), Registry.seen[-1])
