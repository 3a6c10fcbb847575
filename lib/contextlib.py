"""Utilities for with-statement contexts.

contextmanager / asynccontextmanager turn a generator that yields once into
a context manager; ExitStack / AsyncExitStack keep a stack of exit callbacks
unwound in reverse order (one unwinding routine serves both); and the small
managers suppress, closing, aclosing, nullcontext, redirect_stdout,
redirect_stderr and chdir."""

import abc
import os
import sys
from _collections_abc import _check_methods
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


class AbstractContextManager(abc.ABC):
    """Base of context managers: entering returns the manager itself; any
    class defining __enter__ and __exit__ counts as a subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """Base of async context managers: entering returns the manager itself;
    any class defining __aenter__ and __aexit__ counts as a subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """Mixin: the context manager also decorates functions, wrapping each call."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """Mixin: the async context manager also decorates coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


def _details(exc):
    """The (type, value, traceback) triple that __exit__ receives for exc."""
    return (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)


def _thrown_outcome(thrown, raised, traceback, stop_type):
    """How __exit__ answers once the exception `thrown` went into the generator
    and `raised` came out. True suppresses, False lets `thrown` propagate; any
    other exception propagates itself. stop_type is the exception that ends
    the generator (StopIteration, or StopAsyncIteration for async ones); a
    StopIteration thrown in comes back as the RuntimeError it caused."""
    if isinstance(raised, stop_type):
        return raised is not thrown
    stops = (StopIteration, StopAsyncIteration) if stop_type is StopAsyncIteration else StopIteration
    if raised is thrown or (isinstance(raised, RuntimeError) and isinstance(thrown, stops)
                            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return False
    raise raised


class _GeneratorContextManagerBase:
    """Shared by both generator-based managers: the generator made from the
    decorated function, and what is needed to make a fresh one when the
    manager decorates a function. Entering drops func/args/kwds: a manager
    is entered once."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator, AbstractContextManager):
    """What @contextmanager functions return."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            problem = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except BaseException as raised:
                return _thrown_outcome(value, raised, traceback, StopIteration)
            problem = "generator didn't stop after throw()"
        try:
            raise RuntimeError(problem)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """What @asynccontextmanager functions return."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            problem = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except BaseException as raised:
                return _thrown_outcome(value, raised, traceback, StopAsyncIteration)
            problem = "generator didn't stop after athrow()"
        try:
            raise RuntimeError(problem)
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    @wraps(func)
    def make(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make


def asynccontextmanager(func):
    """Decorator: the same for async generator functions."""
    @wraps(func)
    def make(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Points sys.<_stream> at another file for the block (re-entrant)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Suppresses the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _relink_context(raised, previous, outer):
    """A callback raised `raised` while `previous` was propagating: make
    `previous` its context, as nested with statements would, by replacing the
    link to `outer` (the exception being handled around the stack)."""
    while True:
        context = raised.__context__
        if context is None or context is previous:
            return
        if context is outer:
            break
        raised = context
    raised.__context__ = previous


def _reraise(exc):
    """Raises exc keeping its __context__ (raising would reset it here)."""
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """The stack of exit callbacks: each entry is (is_async, callback), where
    callback takes the (type, value, traceback) triple and returns a true
    value to suppress the exception."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack of the same type."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Registers an __exit__-like callable, or an object with __exit__."""
        exit_method = getattr(type(exit), "__exit__", None)
        self._exit_callbacks.append((False, exit if exit_method is None else MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit_method = cls.__enter__, cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((False, MethodType(exit_method, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds), called on exit whatever happened."""
        def call_on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        call_on_exit.__wrapped__ = callback
        self._exit_callbacks.append((False, call_on_exit))
        return callback

    def _unwinding(self, exc):
        """Generator that pops the callbacks: yields (is_async, callback, triple)
        and is sent back (suppressed, raised). Returns (suppressed, pending):
        whether the original exception ended suppressed, and an exception a
        callback raised that must propagate."""
        outer = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_async, callback = self._exit_callbacks.pop()
            did_suppress, raised = yield is_async, callback, _details(exc)
            if raised is not None:
                _relink_context(raised, exc, outer)
                exc = pending = raised
            elif did_suppress:
                suppressed, exc, pending = True, None, None
        return suppressed, pending


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that unwinds a dynamic stack of callbacks on exit."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        steps = self._unwinding(exc)
        outcome = None
        try:
            while True:
                _, callback, triple = steps.send(outcome)
                try:
                    outcome = (bool(callback(*triple)), None)
                except BaseException as raised:
                    outcome = (False, raised)
        except StopIteration as done:
            suppressed, pending = done.value
        if pending is not None:
            _reraise(pending)
        return exc is not None and suppressed

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack that also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enters the async context manager cm and registers its __aexit__."""
        cls = type(cm)
        try:
            enter, exit_method = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not "
                            f"support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((True, MethodType(exit_method, cm)))
        return result

    def push_async_exit(self, exit):
        """Registers an __aexit__-like coroutine function, or an object with __aexit__."""
        exit_method = getattr(type(exit), "__aexit__", None)
        self._exit_callbacks.append((True, exit if exit_method is None else MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers a coroutine function, awaited on exit."""
        async def await_on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        await_on_exit.__wrapped__ = callback
        self._exit_callbacks.append((True, await_on_exit))
        return callback

    async def aclose(self):
        """Unwinds the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        steps = self._unwinding(exc)
        outcome = None
        try:
            while True:
                is_async, callback, triple = steps.send(outcome)
                try:
                    result = callback(*triple)
                    if is_async:
                        result = await result
                    outcome = (bool(result), None)
                except BaseException as raised:
                    outcome = (False, raised)
        except StopIteration as done:
            suppressed, pending = done.value
        if pending is not None:
            _reraise(pending)
        return exc is not None and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing and returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the duration of the block (re-entrant)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
