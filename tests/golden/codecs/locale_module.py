# _locale in the C / C.UTF-8 locales, and locale.py on top of it.
import _locale

print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.CHAR_MAX, _locale.CODESET, _locale.RADIXCHAR)
print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.setlocale(_locale.LC_NUMERIC))
print(_locale.localeconv())
print(_locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print([_locale.nl_langinfo(getattr(_locale, "DAY_%d" % i)) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(_locale.nl_langinfo(_locale.D_T_FMT), _locale.nl_langinfo(_locale.RADIXCHAR), repr(_locale.nl_langinfo(_locale.THOUSEP)))
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("x", "x"), _locale.strxfrm("abc"))
print(_locale.setlocale(_locale.LC_CTYPE, "C.UTF-8"), _locale.getencoding())
for args in [(_locale.LC_ALL, "xx_YY.nope"), (12345,), (_locale.LC_ALL, 3)]:
    try:
        _locale.setlocale(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _locale.nl_langinfo(-5)
except ValueError as e:
    print("ValueError:", e)
print(_locale.Error.__module__, _locale.Error.__name__, issubclass(_locale.Error, Exception))
print(_locale.gettext("hello"), _locale.dgettext(None, "hi"), _locale.textdomain(None))
