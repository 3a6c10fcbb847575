# The print_* functions of traceback write to sys.stderr by default, and to
# whatever sys.stderr is at call time.
import io
import sys
import traceback


def fail():
    return {}["key"]


try:
    fail()
except KeyError as e:
    err = e
    traceback.print_exc()
    traceback.print_exception(e)
    traceback.print_tb(e.__traceback__)
    traceback.TracebackException.from_exception(e).print()


def where():
    traceback.print_stack()


where()
traceback.print_list([("f.py", 1, "g", "x")])

saved = sys.stderr
sys.stderr = io.StringIO()
traceback.print_exception(err)
captured = sys.stderr.getvalue()
sys.stderr = saved
print(captured.splitlines()[-1])
print(len(captured.splitlines()))
print("stdout done")
