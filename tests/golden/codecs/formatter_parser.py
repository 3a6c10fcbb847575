# _string.formatter_parser / formatter_field_name_split and str.format on the same strings: one parser, CPython's errors.
import _string
cases = ["a{0}b", "a{{b}}c", "{", "{0", "{0:", "{0!", "{0!r", "{0!rx}", "{0!r:>{1}}", "{0[}", "{0[:]}", "{0:{}", "}", "a}b", "{!}", "{!r}", "{:}", "{a.b[c]:{d}x{e}}", "{0!}", "{0!:}", "{}}", "{{}}", "x{0[1]}y", "{0:{1:{2}}}", "", "abc", "{0]}", "{[}", "{0.}", "{:{{}}}", "{0!rr}", "{0!\u20ac}", "{0:\u20ac}"]
for c in cases:
    try: print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e: print(repr(c), type(e).__name__, e)
    try: print('  fmt', repr(c.format(1, 2, 3, a=4, d=5, e=6)))
    except Exception as e: print('  fmt', type(e).__name__, e)
for n in ["a.b[0]", "0", "0.x", "a[", "a[]", "a.", "a[0]x", "", "a[x]]", "10[2][a.b]", ".a", "[a]", "a..b", "a.b.c[d]"]:
    try:
        f, rest = _string.formatter_field_name_split(n)
        print(repr(n), repr(f), list(rest))
    except Exception as e: print(repr(n), type(e).__name__, e)
try: _string.formatter_parser(3)
except Exception as e: print(type(e).__name__, e)
try: _string.formatter_field_name_split(3)
except Exception as e: print(type(e).__name__, e)
it = _string.formatter_parser("a{0}")
print(type(it).__name__, iter(it) is it)
f, rest = _string.formatter_field_name_split("a.b")
print(type(rest).__name__)
print(sorted(x for x in dir(_string) if not x.startswith('__')))
