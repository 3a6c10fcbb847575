# traceback.format_exception_only: module-qualified names, empty messages,
# failing __str__, notes in every shape, and SyntaxError locations.
import traceback


class Plain(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class BadNote:
    def __str__(self):
        raise ValueError


def only(e):
    for line in traceback.format_exception_only(e):
        print(repr(line))


only(ValueError("message"))
only(ValueError())
only(ValueError(""))
only(Plain("custom"))
only(KeyError("k"))
only(BadStr())
only(StopIteration(1, 2))
Plain.__module__ = "pkg.mod"
only(Plain("qualified"))
Plain.__module__ = 5
only(Plain("not a str module"))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(None))

e = ValueError("noted")
e.add_note("one")
e.add_note("two\nthree")
e.add_note("")
only(e)
e.__notes__ = "a string"
only(e)
e.__notes__ = 42
only(e)
e.__notes__ = (BadNote(), "after")
only(e)
e.__notes__ = None
only(e)

for source in ["x = (1, 2", "def f(:\n    pass", "  1 +* 2", "a = 1 +", "print 'x'", "x = 5 = y"]:
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as err:
        only(err)

se = SyntaxError("custom msg", ("file.py", 3, 5, "    bad code here\n", 3, 9))
only(se)
only(SyntaxError("no location"))
only(SyntaxError("only filename", ("f.py", None, None, None)))
only(SyntaxError("offset zero", ("f.py", 1, 0, "abc")))
only(SyntaxError("tabs", ("f.py", 1, 4, "\tx\ty z")))
only(IndentationError("expected an indented block", ("f.py", 2, 1, "pass\n")))
