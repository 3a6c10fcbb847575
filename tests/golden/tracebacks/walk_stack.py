# traceback.walk_stack, walk_tb, extract_stack with a limit,
# StackSummary.extract/format, FrameSummary fields, format_stack and
# print_stack to a file, format_exception_only.
import io
import sys
import traceback


def a():
    return b()


def b():
    return [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(None)]


print(a())


def c():
    return traceback.extract_stack(limit=2)


for fs in c():
    print(fs.name, fs.lineno, fs.line, fs.filename.endswith("walk_stack.py"), fs.end_lineno, fs.colno, fs.end_colno)


def d():
    raise KeyError("k")


def e():
    d()


try:
    e()
except KeyError as exc:
    tb = exc.__traceback__
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=False)
    print([(fs.name, fs.lineno) for fs in summary])
    print("".join(summary.format()).replace(__file__, "FILE"), end="")
    print(traceback.format_exception_only(type(exc), exc))
    fs = summary[-1]
    print(fs[0].endswith(".py"), fs[1], fs[2], fs[3], len(fs))
    print(repr(fs).startswith("<FrameSummary file "))

buf = io.StringIO()


def f():
    traceback.print_stack(file=buf, limit=1)


f()
print(buf.getvalue().replace(__file__, "FILE"), end="")
print("".join(traceback.format_stack(limit=1)).replace(__file__, "FILE"), end="")
summary = traceback.StackSummary.from_list([("x.py", 3, "fn", "pass"), traceback.FrameSummary("y.py", 4, "g", line="return 1")])
print("".join(summary.format()), end="")
frame_sum = traceback.FrameSummary("z.py", 7, "h", lookup_line=False, locals={"a": 1})
print(frame_sum.locals, frame_sum == ("z.py", 7, "h", None), frame_sum.line)
