# Abstract base classes: the ABCMeta metaclass (abstract method bookkeeping,
# virtual subclass registration, isinstance/issubclass hooks), the ABC helper
# base and the abstractmethod family of decorators. Written wholly in Python;
# the interpreter core refuses to instantiate a type whose
# __abstractmethods__ is non-empty.


def abstractmethod(funcobj):
    """Marks a method as abstract: ABCMeta subclasses that do not override
    it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated spelling of
    @classmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated spelling of
    @staticmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is abstract (deprecated spelling of
    @property @abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _abstract_names(cls):
    """The names still abstract in cls: its own abstract attributes plus the
    inherited abstract names that cls has not overridden concretely."""
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class _abc_data:
    """Per-class state of an ABC: the registry of virtual subclasses and the
    positive and negative subclass-check caches."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation.counter


class _invalidation:
    """Bumped on every register(): negative caches older than this are stale."""

    counter = 0


def get_cache_token():
    """An opaque token that changes whenever an ABC registers a class, for
    callers that cache isinstance/issubclass results."""
    return _invalidation.counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns the subclass so
        that it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation.counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation.counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation.counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation.counter
        elif subclass in impl.negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if verdict is True:
                impl.cache.add(subclass)
            elif verdict is False:
                impl.negative_cache.add(subclass)
            else:
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return verdict
        if cls in getattr(subclass, "__mro__", ()) or _is_virtual_subclass(cls, subclass):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: prints the registry and caches of this ABC."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clears the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def _is_virtual_subclass(cls, subclass):
    """Whether subclass is a subclass of a class registered with cls, or of
    one of cls's own subclasses."""
    if any(issubclass(subclass, registered) for registered in list(cls._abc_impl.registry)):
        return True
    return any(issubclass(subclass, child) for child in cls.__subclasses__())


def update_abstractmethods(cls):
    """Recomputes an ABC's __abstractmethods__ after methods were added or
    replaced on it after creation (as class decorators do). Returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: subclassing ABC makes a class an abstract base
    class without spelling out the metaclass."""

    __slots__ = ()
