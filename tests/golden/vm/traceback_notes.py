import sys
x = 1 +\
  2
def f():
    e = ValueError("with note")
    e.add_note("note 1")
    e.add_note("note 2\nline 2")
    raise e
try:
    f()
except ValueError:
    raise SystemError("")
