# sys.unraisablehook: the default report, a replacement hook, a failing hook, and None.
import io
import sys

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)

def without_address(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "ADDR>" + tail.partition(">")[2] if sep else text

def gen():
    try:
        yield 1
    finally:
        raise ValueError("from a dropped generator")

def drop_running_generator():
    g = gen()
    next(g)
    del g

sys.stderr = io.StringIO()
drop_running_generator()
report = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
for line in report.splitlines():
    print("|", without_address(line))

class FailingHook:
    def __repr__(self):
        return "<FailingHook>"
    def __call__(self, unraisable):
        print(type(unraisable).__name__, unraisable.err_msg, type(unraisable.exc_value).__name__,
              unraisable.exc_type.__name__, unraisable.exc_traceback is not None,
              type(unraisable.object).__name__)
        raise KeyError("hook failed")

sys.unraisablehook = FailingHook()
drop_running_generator()
sys.unraisablehook = None
try:
    sys.__unraisablehook__(5)
except TypeError as e:
    print("TypeError:", e)
print("end")
