"""The helpers object.__reduce_ex__ names in its results (__newobj__,
__newobj_ex__, _reconstructor, _reduce_ex, _slotnames) and the reduction
table that copy consults (dispatch_table, pickle)."""

__all__ = ["pickle", "constructor", "dispatch_table"]

dispatch_table = {}

# type.__flags__ holds Taipan's own type flags (src/objects/type.h), where
# "made by a class statement" (kTypeHeap) is bit 0.
_HEAPTYPE = 1 << 0


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuilds what _reduce_ex took apart: an instance of cls made by base."""
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(made, state)
    return made


def _native_base(cls):
    """The first class of cls's MRO that is not made by a class statement."""
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            return base
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                            f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
        try:
            state = self.__dict__
        except AttributeError:
            state = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _slotnames(cls):
    """The names of cls's slots (private names mangled), cached in
    cls.__slotnames__; __dict__ and __weakref__ are left out."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    names.append(f"_{stripped}{name}" if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names
