# CPython's locale.py over _locale in the C / C.UTF-8 locales.
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getpreferredencoding(False))
print(locale.localeconv()["decimal_point"], locale.format_string("%.2f", 1234.5, grouping=True), locale.str(3.25))
print(locale.atof("1.5"), locale.atoi("42"), locale.currency(1.5) if locale.localeconv()["int_frac_digits"] != 127 else "no currency")
print(locale.normalize("en_US"), locale.normalize("C.UTF-8"), locale.getencoding())
print(sorted(["b", "a", "C"], key=locale.strxfrm), locale.strcoll("a", "b") < 0)
try:
    locale.setlocale(locale.LC_ALL, "no_SUCH.locale")
except locale.Error as e:
    print("locale.Error:", e)
