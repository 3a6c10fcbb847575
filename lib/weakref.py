"""Weak references and the containers built on them: WeakValueDictionary,
WeakKeyDictionary, WeakSet, WeakMethod and finalize. The reference types
themselves come from the native _weakref module."""

import _collections_abc
import itertools as _itertools
import sys as _sys

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType,
                      ProxyType, ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _IterationGuard
from types import GenericAlias as _GenericAlias

ProxyTypes = (ProxyType, CallableProxyType)

_collections_abc.MutableSet.register(WeakSet)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance
    or the function dies, and calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(_):
            method_ref = self_ref()
            if method_ref is not None and method_ref._alive:
                method_ref._alive = False
                if callback is not None:
                    callback(method_ref)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it is stored under."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping(_collections_abc.MutableMapping):
    """What the weak dictionaries share: iteration guarding, deferred removal
    of dead entries, and the mapping methods defined through the others."""

    def _setup(self):
        self._pending_removals = []
        self._iterating = set()

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def __copy__(self):
        return self.copy()

    def __iter__(self):
        return self.keys()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.__class__()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    __class_getitem__ = classmethod(_GenericAlias)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are weakly referenced: an entry goes away when
    its value dies."""

    def __init__(self, other=(), /, **kwargs):
        def remove(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(wr.key)
                else:
                    _remove_dead_weakref(owner.data, wr.key)

        self._remove = remove
        self._setup()
        self.data = {}
        self.update(other, **kwargs)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            _remove_dead_weakref(self.data, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[key] = value
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are weakly referenced: an entry goes away when
    its key dies."""

    def __init__(self, dict=None):
        def remove(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(wr)
                else:
                    owner.data.pop(wr, None)

        self._remove = remove
        self._setup()
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            data.pop(pending.pop(), None)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        return len(self.data) - len(self._pending_removals)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = value
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalize object is called, or at exit
    (while `atexit` is true), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function now if it has not run yet, returning its result."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregisters: returns (obj, func, args, kwargs) if still alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if still alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finaliser has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finaliser runs at exit if it has not run before."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _select_for_exit(cls):
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs the finalisers still pending at exit, newest first, with the
        # collector off so that none runs twice.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
