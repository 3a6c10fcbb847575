# traceback.print_tb / format_tb / print_list / walk_tb / clear_frames and
# limits, including negative limits and sys.tracebacklimit.
import sys
import traceback


def a():
    b()


def b():
    c()


def c():
    raise LookupError("deep")


try:
    a()
except LookupError as e:
    tb = e.__traceback__
    err = e

traceback.print_tb(tb, file=sys.stdout)
print("---")
traceback.print_tb(tb, limit=2, file=sys.stdout)
print("---")
print("".join(traceback.format_tb(tb, limit=-1)), end="")
print("---")
print(traceback.format_tb(tb, limit=0), traceback.format_tb(None))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print(list(traceback.walk_tb(None)))
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
traceback.print_list([("x.py", 1, "f", "pass"), ("y.py", 2, "g", None)], file=sys.stdout)

print("".join(traceback.format_exception(err, limit=1)), end="")
print("".join(traceback.format_exception(err, limit=-1)), end="")

sys.tracebacklimit = 2
print("".join(traceback.format_exception(err)), end="")
sys.tracebacklimit = -5
print("".join(traceback.format_exception(err)), end="")
print("".join(traceback.format_exception(err, limit=1)), end="")
del sys.tracebacklimit

traceback.clear_frames(tb)
traceback.clear_frames(None)
print("cleared")

try:
    traceback.print_last()
except ValueError as problem:
    print(problem)
sys.last_type, sys.last_value, sys.last_traceback = type(err), err, None
traceback.print_last(file=sys.stdout)
print(sorted(traceback.__all__))
