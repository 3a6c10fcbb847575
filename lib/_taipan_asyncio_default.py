"""Which loop asyncio makes by default in Taipan: _asyncio
(src/modules/asyncio/module.cpp) calls install() while asyncio imports it.
With -X uvloop (or TAIPAN_ASYNCIO_LOOP=uv in the environment) asyncio's
default policy becomes taipan_uvloop.EventLoopPolicy, also after
set_event_loop_policy(None); -X uvloop=0 or TAIPAN_ASYNCIO_LOOP=selector
keeps CPython's selector loop, the default.
"""
import sys


def wanted():
    option = sys._xoptions.get("uvloop")
    if option is not None:
        return option is True or option not in ("0", "off", "false", "no")
    if sys.flags.ignore_environment:
        return False
    import os
    return os.environ.get("TAIPAN_ASYNCIO_LOOP", "") == "uv"


def install():
    events = sys.modules.get("asyncio.events")
    if events is None or not wanted():
        return

    def init_event_loop_policy():
        with events._lock:
            if events._event_loop_policy is None:
                import taipan_uvloop
                events._event_loop_policy = taipan_uvloop.EventLoopPolicy()

    events._init_event_loop_policy = init_event_loop_policy
