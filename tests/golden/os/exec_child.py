# execv/execve in a forked child, with environment; errors of their arguments.
import os
import sys

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execve("/bin/sh", ["sh", "-c", "echo $TAIPAN_X; exit 4"], {"TAIPAN_X": "from env"})
    os._exit(99)
os.close(w)
out = b""
while chunk := os.read(r, 100):
    out += chunk
os.close(r)
_, status = os.waitpid(pid, 0)
print(out, os.waitstatus_to_exitcode(status))
for args in [("x", []), ("x", 1), ("x", [""])]:
    try:
        os.execv(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.execve("x", ["a"], 1)
except TypeError as e:
    print("TypeError", e)
try:
    os.execv("/nonexistent/program", ["p"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.system("exit 3") >> 8)
