"""Names for the built-in types that have no builtins name (FunctionType,
GeneratorType, ModuleType, …), SimpleNamespace, the class-creation helpers
new_class/prepare_class/resolve_bases, and the coroutine decorator."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_sample = _coroutine()
CoroutineType = type(_sample)
_sample.close()


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())


class _Sample:
    def _method(self):
        pass


MethodType = type(_Sample()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _error:
    TracebackType = type(_error.__traceback__)
    FrameType = type(_error.__traceback__.tb_frame)
del _sample, _Sample


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ by what it returns (PEP 560)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(new)
    return tuple(resolved) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) as the class statement computes them."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way the class statement does."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Makes a generator function usable with await (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and type(code) is CodeType:
        if code.co_flags & 0x180:  # already a coroutine (CO_COROUTINE | CO_ITERABLE_COROUTINE)
            return func
        if code.co_flags & 0x20:  # CO_GENERATOR
            func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
            return func

    def awaitable_result(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & 0x100:
            return result
        if _is_plain_generator(result):
            return _GeneratorWrapper(result)
        return result

    from functools import wraps
    return wraps(func)(awaitable_result)


def _is_plain_generator(obj):
    """A generator-like object (send/throw/close/iteration) that is not a coroutine."""
    cls = type(obj)
    needed = ("send", "throw", "close", "__iter__", "__next__")
    return all(hasattr(cls, name) for name in needed) and not hasattr(cls, "__await__")


class _GeneratorWrapper:
    """Makes a generator-like object returned by a types.coroutine function awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if type(self.__wrapped) is GeneratorType:
            return self.__wrapped
        return self

    __await__ = __iter__


class DynamicClassAttribute(property):
    """A property on instances whose class access goes to __getattr__ of the metaclass."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


GenericAlias = type(list[int])
UnionType = type(int | str)
