# CPython's trace module on Taipan: trace.Trace's API (line tracing, counts
# with a coverage listing, listfuncs, trackcalls) and `python -m trace`
# with --trace, --count --summary --missing, --listfuncs and --trackcalls.
import os
import shutil
import subprocess
import sys
import tempfile
import trace

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import _trace_target  # noqa: E402

print("== Trace(trace=1).runfunc")
tracer = trace.Trace(count=0, trace=1, ignoredirs=[sys.prefix, sys.exec_prefix])
print("returned", tracer.runfunc(_trace_target.main, 2))

print("== Trace(count=1) and write_results")
tracer = trace.Trace(count=1, trace=0)
tracer.runfunc(_trace_target.main, 5)
results = tracer.results()
counts = {line: n for (filename, line), n in results.counts.items() if filename == _trace_target.__file__}
print(sorted(counts.items()))
with tempfile.TemporaryDirectory() as d:
    results.write_results(show_missing=True, summary=False, coverdir=d)
    for name in sorted(os.listdir(d)):
        print("--", name)
        with open(os.path.join(d, name)) as f:
            print(f.read(), end="")

print("== Trace(countfuncs=1)")
tracer = trace.Trace(count=0, trace=0, countfuncs=1)
tracer.runfunc(_trace_target.main, 3)
for (filename, modname, funcname), n in sorted(tracer.results().calledfuncs.items()):
    print(os.path.basename(filename), modname, funcname, n)

print("== Trace(countcallers=1)")
tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(_trace_target.main, 3)
# Sorted without the file names: the order must not depend on where the
# project is checked out relative to the library.
for (caller, callee), n in sorted(((key[0][1:], key[1][1:]), n) for key, n in tracer.results().callers.items()):
    print(caller, "->", callee, n)

# The target runs from a copy in the temporary directory, which sorts before
# the library's trace.py wherever the project is checked out.
source = os.path.join(here, "_trace_target.py")
for args in (["--trace"], ["--listfuncs"], ["--trackcalls"], ["--count", "--summary", "--missing"]):
    with tempfile.TemporaryDirectory() as d:
        print("== -m trace", " ".join(args))
        target = os.path.join(d, "_trace_target.py")
        shutil.copyfile(source, target)
        run = subprocess.run([sys.executable, "-m", "trace", *args, "-C", d, target],
                             capture_output=True, text=True, cwd=d)
        out = run.stdout.replace(here + os.sep, "").replace(d + os.sep, "")
        lines = [line for line in out.splitlines() if "/trace.py" not in line and "trace.Trace.runctx" not in line]
        print("\n".join(lines))
        print("stderr:", run.stderr, "exit:", run.returncode)
        for name in sorted(os.listdir(d)):
            print("--", name)
