# faulthandler: enabling, and dump_traceback's format for the current stack.
import faulthandler
import sys

def inner():
    faulthandler.dump_traceback(file=sys.stdout, all_threads=False)

def outer():
    inner()

sys.stdout.flush()
outer()
print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
faulthandler.cancel_dump_traceback_later()
try:
    faulthandler.dump_traceback_later(-1)
except ValueError as e:
    print("ValueError", e)
try:
    faulthandler.dump_traceback(file="x")
except AttributeError as e:
    print("AttributeError")
