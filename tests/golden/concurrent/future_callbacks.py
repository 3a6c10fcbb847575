# Future.add_done_callback (before and after completion, a raising callback
# is logged), set_result/set_exception on a bare Future, and
# set_running_or_notify_cancel.
import logging
from concurrent.futures import Future, InvalidStateError

logging.basicConfig(format="%(levelname)s %(name)s %(msg)s")


def show(f):
    print("callback:", f.result())


def broken(f):
    raise KeyError("in callback")


f = Future()
print(f.running(), f.done())
f.add_done_callback(show)
f.add_done_callback(broken)
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
f.add_done_callback(show)
try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError", e.args[0].split(" ")[0])
g = Future()
g.cancel()
print(g.set_running_or_notify_cancel())
h = Future()
h.set_exception(OSError(5, "io"))
print(type(h.exception()).__name__, h.exception().errno)
