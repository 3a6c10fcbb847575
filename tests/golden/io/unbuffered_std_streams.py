# -u and PYTHONUNBUFFERED: sys.stdout and sys.stderr write through to a raw
# FileIO, so their output interleaves in order when both go to one pipe;
# without them, piped stdout is block-buffered and comes out at exit.
import os
import subprocess
import sys

CODE = """
import sys
print(sys.stdout.line_buffering, type(sys.stdout.buffer).__name__, sys.stdout.write_through)
print(type(sys.stderr.buffer).__name__, type(sys.stdin.buffer).__name__)
sys.stdout.write("out 1\\n")
sys.stderr.write("err 1\\n")
print("out 2", end="")
print(" err 2", file=sys.stderr)
"""

base = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
for label, args, env in [("-u", ["-u"], base), ("PYTHONUNBUFFERED=1", [], dict(base, PYTHONUNBUFFERED="1")),
                         ("-E with PYTHONUNBUFFERED=1", ["-E"], dict(base, PYTHONUNBUFFERED="1")),
                         ("buffered", [], base)]:
    proc = subprocess.run([sys.executable, *args, "-c", CODE], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    print("==", label)
    print(proc.stdout)
