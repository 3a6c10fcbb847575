# Issue 10's exit rows: how the interpreter ends when stdout is closed, lost
# or full, when stdin is closed, when an atexit handler exits, and when the
# script is a directory. Each case runs in a child interpreter
# (sys.executable) whose descriptors are set up by the child itself.
import os
import subprocess
import sys
import tempfile


def run(code, unbuffered=False, args=None, stdin=subprocess.DEVNULL, close_stdout=False, folder="FOLDER"):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    argv = [sys.executable] + (args if args is not None else ["-c", code])
    p = subprocess.run(argv, env=env, stdin=stdin, capture_output=not close_stdout,
                       stdout=subprocess.DEVNULL if close_stdout else None, text=True)
    out = (p.stdout or "").replace(sys.executable, "EXE").replace(folder, "FOLDER")
    err = (p.stderr or "").replace(sys.executable, "EXE").replace(folder, "FOLDER")
    print(f"exit {p.returncode} out {out!r}")
    for line in err.splitlines():
        print("   err:", line)


# Closing stdout at the end is not an error; closed descriptors are.
run("import sys; print('x'); sys.stdout.close()")
for unbuffered in (False, True):
    print("unbuffered:", unbuffered)
    run("import os; print('x'); os.close(1)", unbuffered)
    # /dev/full: at exit (buffered) or at the print (unbuffered).
    run("import os; fd = os.open('/dev/full', os.O_WRONLY); os.dup2(fd, 1); print('x')", unbuffered)
    run("import os, sys; sys.stdout.write('y'); os.close(1)", unbuffered)

# A process started with descriptor 1 or 0 closed has sys.stdout/stdin None.
run("import os, sys; os.close(1); os.execv(sys.executable, [sys.executable, '-c', "
    "'import sys; print(sys.stdout); sys.stderr.write(str(sys.stdout) + chr(10))'])")
run("import os, sys; os.close(0); os.execv(sys.executable, [sys.executable, '-c', 'input()'])")
run("import sys; del sys.stdin; input()")

# SystemExit inside an atexit handler is reported, not silently swallowed.
run("""
import atexit, sys
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__)
sys.unraisablehook = hook
def handler():
    sys.exit(3)
atexit.register(handler)
print('end')
""")

# A directory: its __main__.py runs; without one, runpy's message.
with tempfile.TemporaryDirectory() as folder:
    run(None, args=[folder], folder=folder)
    with open(os.path.join(folder, "__main__.py"), "w") as f:
        f.write("import sys\nprint('main of the folder', sys.path[0] == sys.argv[0])\n")
    run(None, args=[folder], folder=folder)
