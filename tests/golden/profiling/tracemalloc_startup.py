# Tracing from start-up: -X tracemalloc[=N] and PYTHONTRACEMALLOC=N, their
# errors, and an object's allocation traceback in the child.
import os
import subprocess
import sys

PROBE = "import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())"
ALLOCATED = """
import tracemalloc
def make():
    return bytearray(100)
def outer():
    return make()
obj = outer()
print([(frame.lineno) for frame in tracemalloc.get_object_traceback(obj)])
"""


def run(args, env=None, code=PROBE):
    proc = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))
    print(args, env, "->", proc.returncode)
    print(proc.stdout + proc.stderr, end="")


run([])
run(["-X", "tracemalloc"])
run(["-X", "tracemalloc=7"])
run(["-X", "tracemalloc=0"])
run([], {"PYTHONTRACEMALLOC": "3"})
run(["-E"], {"PYTHONTRACEMALLOC": "3"})
run(["-X", "tracemalloc=2"], {"PYTHONTRACEMALLOC": "3"})
run(["-X", "tracemalloc=x"])
run([], {"PYTHONTRACEMALLOC": "-1"})
run(["-X", "tracemalloc=5"], code=ALLOCATED)
run(["-X", "tracemalloc=2"], code=ALLOCATED)
