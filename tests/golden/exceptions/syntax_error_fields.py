# SyntaxError's fields and str, made by hand and by compile().
e = SyntaxError("bad thing", ("/some/dir/file.py", 3, 5, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
print(str(SyntaxError("m", ("f.py", None, 2, "t"))))
print(str(SyntaxError("m")), SyntaxError().msg, SyntaxError("a", "b", "c").args)
try:
    SyntaxError("m", ("f", 1, 2, "t", 3))
except TypeError as exc:
    print("TypeError", exc)
try:
    compile("x = = 1", "prog.py", "exec")
except SyntaxError as exc:
    print(type(exc).__name__, exc.msg, exc.filename, exc.lineno, exc.offset, repr(exc.text))
    print(str(exc))
try:
    compile("if True:\nx = 1\n", "ind.py", "exec")
except IndentationError as exc:
    print(type(exc).__name__, exc.msg, exc.lineno)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
