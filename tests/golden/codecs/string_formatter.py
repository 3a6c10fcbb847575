# string.Formatter (CPython's string.py) on top of _string.
import string

f = string.Formatter()
print(f.format("{0}-{1!r}-{name:>6}", 1, "two", name="n"))
print(f.format("{a.real} {b[1]} {c[key]}", a=3, b=[4, 5], c={"key": "v"}))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2))
print(list(f.parse("x{0:>{1}}y{{z}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else args[key]
print(Upper().format("{greeting}, {0}! {missing}", "world", greeting="hello"))
for bad in ["{", "}", "{0!x}", "{0:{1:{2}}}", "{a[}"]:
    try:
        f.format(bad, 1, 2, 3)
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print(string.capwords("hello   world"), string.Template("$x and ${y}").substitute(x=1, y=2))
