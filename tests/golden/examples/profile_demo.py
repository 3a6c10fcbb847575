# Runs examples/profile_demo.py (the program docs/profiling.md profiles):
# threads, asyncio tasks awaiting one another, json and sorting.
import os
import sys
example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "profile_demo.py")
sys.argv = [example]
namespace = {"__name__": "__main__", "__file__": example}
exec(compile(open(example, encoding="utf-8").read(), example, "exec"), namespace)
