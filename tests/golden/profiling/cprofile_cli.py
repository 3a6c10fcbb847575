# python -m cProfile on a script: -s with sort keys that leave no ties,
# -o writing a stats file that pstats then reads (stripped of directories);
# times masked.
import os
import pstats
import io
import re
import subprocess
import sys
import tempfile

SCRIPT = '''\
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    values = [fib(i) for i in range(6)]
    print("values", values, sys.argv[1:])


main()
'''


def masked(text, tmp):
    text = text.replace(tmp, "TMP")
    lines = []
    for line in text.splitlines():
        line = re.sub(r"\d+\.\d+", "T", line).rstrip()
        if "{built-in method builtins.exec}" in line or "<frozen " in line or "runpy" in line:
            continue
        if re.search(r"\{(built-in|method) ", line) and "fib" not in line:
            continue
        lines.append(line)
    return "\n".join(lines)


def run(*args, cwd):
    proc = subprocess.run([sys.executable, "-m", "cProfile", *args], capture_output=True, text=True, cwd=cwd)
    print("$ python -m cProfile", *args, "-> exit", proc.returncode)
    out = masked(proc.stdout, cwd)
    # The header's total call count includes the interpreter's own start-up calls.
    print(re.sub(r"\d+ function calls( \(\d+ primitive calls\))?", "N function calls", out))
    print(proc.stderr.replace(cwd, "TMP"), end="")


with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "prog.py"), "w") as f:
        f.write(SCRIPT)
    run("-s", "nfl", "prog.py", "a", "b", cwd=tmp)
    run("-s", "name", "prog.py", cwd=tmp)
    run("-o", "prog.stats", "prog.py", cwd=tmp)
    stream = io.StringIO()
    stats = pstats.Stats(os.path.join(tmp, "prog.stats"), stream=stream)
    stats.strip_dirs().sort_stats("ncalls", "name").print_stats("fib|main")
    print(masked(stream.getvalue(), tmp).split("\n", 2)[2])
