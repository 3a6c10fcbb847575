# Runs examples/tour.py, the program README's first command shows.
import os
example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "tour.py")
exec(compile(open(example, encoding="utf-8").read(), example, "exec"), {"__name__": "__main__"})
