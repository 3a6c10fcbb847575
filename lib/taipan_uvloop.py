"""Taipan's asyncio event loop on libuv, in the spirit of uvloop.

Loop is asyncio's Unix event loop (transports, servers, subprocesses,
signals and executors are asyncio's own) whose I/O and timers live in
_taipan_uv.Loop (src/modules/uvloop/): descriptors are watched by libuv and
the timers are held in a native heap, so a turn of the loop waits in libuv
and pops due timers natively. Choose it for one program with
asyncio.Runner(loop_factory=taipan_uvloop.new_event_loop), install() or
asyncio.set_event_loop_policy(taipan_uvloop.EventLoopPolicy()); for the
whole process with -X uvloop or TAIPAN_ASYNCIO_LOOP=uv
(lib/_taipan_asyncio_default.py).
"""
import asyncio
import selectors
from asyncio import base_events, events, unix_events

import _taipan_uv

__all__ = ("Loop", "EventLoopPolicy", "new_event_loop", "install")


class _Selector(selectors._BaseSelectorImpl):
    """The selector interface asyncio's loop drives, over the native core."""

    def __init__(self, core):
        super().__init__()
        self._core = core

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._core.watch(key.fd, events)
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        if not self._core.closed:
            self._core.watch(key.fd, 0)
        return key

    def select(self, timeout=None):
        # The core reports only the events a descriptor is watched for.
        return self._core.wait(timeout, self._fd_to_key)


class Loop(unix_events.SelectorEventLoop):
    """asyncio's Unix loop waiting in libuv, with its timers in a native heap."""

    def __init__(self):
        self._uv = _taipan_uv.Loop()
        super().__init__(_Selector(self._uv))

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        self._uv.add_timer(when, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled and not self._uv.closed:
            self._uv.timer_cancelled()

    def close(self):
        super().close()
        self._uv.close()

    def _run_once(self):
        self._uv.prune()
        ready = self._ready
        # The wait ends at the earliest timer by itself.
        timeout = 0 if ready or self._stopping else None
        self._process_events(self._selector.select(timeout))
        self._uv.pop_due(self.time() + self._clock_resolution, ready)
        if self._debug:
            self._run_ready_debug(len(ready))
            return
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None  # no cycle through a raised exception's frame

    def _run_ready_debug(self, count):
        # As asyncio's debug mode: report callbacks slower than slow_callback_duration.
        ready = self._ready
        for _ in range(count):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            try:
                self._current_handle = handle
                t0 = self.time()
                handle._run()
                dt = self.time() - t0
                if dt >= self.slow_callback_duration:
                    base_events.logger.warning('Executing %s took %.3f seconds',
                                               base_events._format_handle(handle), dt)
            finally:
                self._current_handle = None
        handle = None


class EventLoopPolicy(unix_events.DefaultEventLoopPolicy):
    """asyncio's Unix policy (child watchers included) making Loop."""

    _loop_factory = Loop


def new_event_loop():
    return Loop()


def install():
    """Make EventLoopPolicy asyncio's policy."""
    asyncio.set_event_loop_policy(EventLoopPolicy())
