# Shared by the tracing goldens: runs a function under sys.settrace or
# sys.setprofile and prints each event of the test's own file as
# "event function line arg" (arguments shown without addresses).
import sys

_HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else ""


def _show(event, arg):
    if event == "exception":
        return f"{arg[0].__name__}({arg[1]})"
    if event.startswith("c_"):
        return getattr(arg, "__qualname__", getattr(arg, "__name__", "?"))
    if event == "return":
        try:
            return repr(arg) if isinstance(arg, (int, str, list, tuple, type(None), bool, float, dict)) else type(arg).__name__
        except Exception:
            return "?"
    return ""


def _ours(frame):
    return frame.f_code.co_filename.endswith(".py") and not frame.f_code.co_filename.endswith("_events.py") \
        and "/" not in frame.f_code.co_filename.replace(_HERE, "", 1).lstrip("/")


def _line(frame, event, arg):
    print(f"  {event:<11} {frame.f_code.co_name:<12} {frame.f_lineno:>3} {_show(event, arg)}".rstrip())


def trace(func, *args, opcodes=False, lines=True, **kwargs):
    """Runs func under settrace, printing the events of this folder's files."""
    def tracer(frame, event, arg):
        if not _ours(frame):
            return None
        if opcodes:
            frame.f_trace_opcodes = True
        if not lines:
            frame.f_trace_lines = False
        _line(frame, event, arg)
        return tracer
    print(f"trace {func.__name__}")
    sys.settrace(tracer)
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        sys.settrace(None)
        print(f"  raised {type(e).__name__}: {e}")
        return None
    sys.settrace(None)
    print(f"  result {result!r}")
    return result


def profile(func, *args, **kwargs):
    """Runs func under setprofile, printing the events of this folder's files."""
    def profiler(frame, event, arg):
        if not _ours(frame) or (event.startswith("c_") and getattr(arg, "__name__", "") == "setprofile"):
            return
        _line(frame, event, arg)
    print(f"profile {func.__name__}")
    sys.setprofile(profiler)
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        sys.setprofile(None)
        print(f"  raised {type(e).__name__}: {e}")
        return None
    sys.setprofile(None)
    print(f"  result {result!r}")
    return result
