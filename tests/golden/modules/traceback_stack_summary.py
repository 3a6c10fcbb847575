# traceback.StackSummary: extract from walk_tb/walk_stack, from_list with
# tuples, format with repeated frames, limits and captured locals.
import sys
import traceback


def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    return recurse(n - 1)


try:
    recurse(6)
except ValueError as e:
    tb = e.__traceback__

summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
print(type(summary).__name__, len(summary), isinstance(summary, list))
print("".join(summary.format()), end="")
print([fs.lineno for fs in summary])
print("colno from walk_tb:", summary[-1].colno)

full = traceback.extract_tb(tb)
print("".join(full.format()), end="")
print(full[-1].lineno, full[-1].end_lineno, full[-1].colno, full[-1].end_colno)

print(len(traceback.StackSummary.extract(traceback.walk_tb(tb), limit=2)))
print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_tb(tb), limit=-2)])
print(len(traceback.StackSummary.extract(traceback.walk_tb(tb), limit=0)))

rows = traceback.StackSummary.from_list([
    ("a.py", 1, "f", "x = 1"),
    ("b.py", 2, "g", None),
    traceback.FrameSummary("c.py", 3, "h", line="return y"),
])
print(rows)
print(rows.format())
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("a.py", 1, "f", "")]))

repeats = traceback.StackSummary.from_list([("r.py", 5, "loop", "again()")] * 7 + [("r.py", 6, "end", "stop()")])
print("".join(repeats.format()), end="")
four = traceback.StackSummary.from_list([("r.py", 5, "loop", "again()")] * 4)
print("".join(four.format()), end="")
three = traceback.StackSummary.from_list([("r.py", 5, "loop", "again()")] * 3)
print(len(three.format()))


def capture():
    local_value = [1, 2, 3]
    other = "text"
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1, capture_locals=True)


captured = capture()
print(captured[0].name, captured[0].locals)
print("".join(captured.format()), end="")

lazy = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
print([fs._line for fs in lazy][:2], lazy[0].line)


class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "skip":
            return None
        return f"<{frame_summary.name}>\n"


print(Custom.from_list([("a", 1, "keep", ""), ("a", 2, "skip", ""), ("a", 3, "also", "")]).format())
print(type(Custom.extract(traceback.walk_tb(tb))).__name__, type(Custom.from_list([])).__name__)
