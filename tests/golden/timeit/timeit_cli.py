# python -m timeit: its report line with the numbers masked, -n/-r/-s/-u/-v
# options, and the traceback of a failing statement. Numbers and the unit
# chosen for them vary with speed; so does the warning about unreliable times.
import re
import subprocess
import sys


def mask(text):
    text = re.sub(r"\d+(\.\d+)?(e[-+]\d+)?", "N", text)
    return re.sub(r"N (nsec|usec|msec|sec)", "N <unit>", text)


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "timeit", *args], capture_output=True, text=True)
    print("$ python -m timeit", *args, "-> exit", proc.returncode)
    print(mask(proc.stdout), end="")
    print("".join(line for line in proc.stderr.splitlines(True) if "unreliable" not in line), end="")


run("-n", "100", "-r", "2", "x = 1")
run("-n", "10", "-s", "import math", "math.sqrt(2)")
run("-n", "10", "-u", "sec", "pass")
run("-n", "10", "-u", "parsec", "pass")
run("-n", "5", "-r", "1", "-v", "pass")
run("-n", "1", "1/0")
