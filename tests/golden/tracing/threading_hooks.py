# threading.settrace and threading.setprofile: hooks installed in threads
# started afterwards (not in the current one), threading.gettrace and
# getprofile, and a thread calling sys.settrace for itself. Events are
# collected per thread and printed after joining.
import sys
import threading

events = {}


def make_tracer(tag):
    def tracer(frame, event, arg):
        if frame.f_code.co_name in ("work", "inner"):
            events.setdefault(tag, []).append((event, frame.f_code.co_name))
        return tracer
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name in ("work", "inner"):
        events.setdefault("profile", []).append((event, frame.f_code.co_name))


def inner():
    return 1


def work():
    return inner() + 1


threading.settrace(make_tracer("thread"))
print(threading.gettrace() is not None, sys.gettrace())
work()
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)

threading.setprofile(profiler)
print(threading.getprofile() is profiler)
t = threading.Thread(target=work)
t.start()
t.join()
threading.setprofile(None)


def self_tracing():
    sys.settrace(make_tracer("self"))
    work()
    sys.settrace(None)


t = threading.Thread(target=self_tracing)
t.start()
t.join()
for tag in sorted(events):
    print(tag, events[tag])
print(sys.gettrace(), sys.getprofile())
