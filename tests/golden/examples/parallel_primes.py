# Runs examples/parallel_primes.py in a fresh interpreter (sys.executable) with
# the spawn start method, whose workers re-import the example as their main
# module (the multiprocessing goldens cover the other methods).
import os
import subprocess
import sys

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "parallel_primes.py")
result = subprocess.run([sys.executable, example, "5000", "spawn"], capture_output=True, text=True, timeout=60)
print(result.stdout, end="")
print(result.stderr, end="", file=sys.stderr)
print("exit status", result.returncode)
