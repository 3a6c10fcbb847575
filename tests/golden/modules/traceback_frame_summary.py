# traceback.FrameSummary: attributes, lazy line lookup, comparison with
# tuples and other summaries, iteration, indexing, repr and locals.
import traceback

fs = traceback.FrameSummary("_linecache_sample.py", 3, "greet")
print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
print(fs.end_lineno, fs.colno, fs.end_colno)
print(repr(fs))
print(len(fs), fs[0], fs[1], fs[2], fs[3], fs[-1], fs[:2])
print(list(fs))
filename, lineno, name, line = fs
print(filename, lineno, name, line)
print(fs == ("_linecache_sample.py", 3, "greet", 'return "hello " + name'))
print(fs == ("_linecache_sample.py", 3, "greet", "other"))
print(fs == traceback.FrameSummary("_linecache_sample.py", 3, "greet", line="different"))
print(fs == traceback.FrameSummary("_linecache_sample.py", 4, "greet"))
print(fs != 3, fs.__eq__(3))

given = traceback.FrameSummary("nowhere.py", 10, "f", line="  x = 1  ")
print(repr(given.line), repr(given._line))
missing = traceback.FrameSummary("nowhere.py", 10, "f")
print(repr(missing.line))
no_line = traceback.FrameSummary("nowhere.py", None, "f")
print(no_line.line)
lazy = traceback.FrameSummary("_linecache_sample.py", 6, "<module>", lookup_line=False)
print(lazy._line, lazy.line, repr(lazy._line))

with_locals = traceback.FrameSummary("x.py", 1, "f", locals={"b": [1, 2], "a": "s"})
print(with_locals.locals)
print(traceback.FrameSummary("x.py", 1, "f", locals={}).locals)
print(with_locals == traceback.FrameSummary("x.py", 1, "f", locals={"b": [1, 2], "a": "s"}))
print(with_locals == traceback.FrameSummary("x.py", 1, "f"))
print(traceback.StackSummary.from_list([with_locals]).format())

positioned = traceback.FrameSummary("_linecache_sample.py", 3, "greet", end_lineno=3, colno=11, end_colno=33)
print(traceback.format_list([positioned]))
print(sorted(traceback.FrameSummary.__slots__))
try:
    fs.other = 1
except AttributeError as e:
    print("AttributeError")
try:
    hash(fs)
except TypeError as e:
    print(e)
