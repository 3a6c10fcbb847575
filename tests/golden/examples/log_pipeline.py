# Runs examples/log_pipeline.py (the realistic generator pipeline).
import os
import sys
example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "log_pipeline.py")
sys.argv = [example]
namespace = {"__name__": "__main__", "__file__": example}
exec(compile(open(example, encoding="utf-8").read(), example, "exec"), namespace)
