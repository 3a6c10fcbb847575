# ABCMeta.register: virtual subclasses, isinstance/issubclass results after
# registering (cache invalidation), inheritance cycles and non-classes.
from abc import ABC, ABCMeta, get_cache_token

class Drawable(ABC):
    pass

class Circle:
    pass

class Sub(Circle):
    pass

print(isinstance(Circle(), Drawable), issubclass(Sub, Drawable))
token = get_cache_token()
result = Drawable.register(Circle)
print(result is Circle, get_cache_token() != token, get_cache_token() - token)
print(isinstance(Circle(), Drawable), issubclass(Sub, Drawable), isinstance(Sub(), Drawable))
print(Drawable.register(Circle) is Circle, get_cache_token() - token)

@Drawable.register
class Decorated:
    pass
print(Decorated.__name__, issubclass(Decorated, Drawable))

class Child(Drawable):
    pass
print(Drawable.register(Child) is Child, get_cache_token() - token)

try:
    Drawable.register(3)
except TypeError as e:
    print(type(e).__name__, e)

class Base(ABC):
    pass
class Derived(Base):
    pass
try:
    Derived.register(Base)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Base.register(Base)
except RuntimeError as e:
    print("self", type(e).__name__, e)
print(Base.register(Base) if False else "skip")

class Other(ABC):
    pass
Other.register(Drawable)
print(issubclass(Circle, Other), issubclass(Child, Other), isinstance(Decorated(), Other))

Other.register(int)
print(isinstance(1, Other), isinstance(True, Other), issubclass(bool, Other), isinstance(1.0, Other))

try:
    issubclass(1, Drawable)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, Drawable), isinstance(None, Drawable))

class Proxy:
    __class__ = Circle
print(isinstance(Proxy(), Drawable), isinstance(Proxy(), Circle))
