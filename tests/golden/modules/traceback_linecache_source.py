# The traceback module reads source lines through linecache: entries put
# into linecache.cache by hand give lines to code compiled from strings,
# and checkcache keeps them (they have no modification time).
import linecache
import sys
import traceback

source = "def broken(x):\n    return x[0] / x[1]\n\nbroken([1, 0])\n"
linecache.cache["<generated>"] = (len(source), None, source.splitlines(True), "<generated>")
try:
    exec(compile(source, "<generated>", "exec"), {})
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

linecache.checkcache()
print("<generated>" in linecache.cache)
print(repr(linecache.getline("<generated>", 2)))

try:
    exec(compile("1 / 0", "<not cached>", "exec"), {})
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

linecache.clearcache()
try:
    exec(compile(source, "<generated>", "exec"), {})
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)


class Loader:
    def get_source(self, name):
        return "def f():\n    raise KeyError(name)\n"


g = {"__name__": "virtual", "__loader__": Loader()}
exec(compile(Loader().get_source("virtual"), "virtual.py", "exec"), g)
try:
    g["f"]()
except NameError:
    traceback.print_exc(file=sys.stdout)
print(len(linecache.cache["virtual.py"]))
