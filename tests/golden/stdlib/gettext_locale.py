# gettext with an in-memory .mo catalogue (plural forms, contexts, fallback,
# install into a namespace) and locale basics in the C locale.
import gettext
import io
import locale
import struct


def make_mo(messages):
    # GNU .mo layout: header, two tables of (length, offset), then strings.
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        v = messages[k]
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412DE, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets)
    out += struct.pack("%di" % len(voffsets), *voffsets)
    return out + ids + strs


header = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
catalog = {
    b"": header,
    b"Hello": "Cze\u015b\u0107".encode(),
    b"file\0files": "plik\0pliki\0plik\u00f3w".encode(),
    b"menu\x04Open": b"Otw\xc3\xb3rz",
    b"menu\x04item\0items": b"pozycja\0pozycje\0pozycji",
}
t = gettext.GNUTranslations(io.BytesIO(make_mo(catalog)))
print(t.gettext("Hello"), t.gettext("Missing"))
for n in (1, 2, 5, 22, 112):
    print(n, t.ngettext("file", "files", n), t.npgettext("menu", "item", "items", n))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"))
info = t.info()
print(sorted(info), t.charset())


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


t.add_fallback(Upper())
print(t.gettext("not translated"), t.ngettext("one", "many", 3))
null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 2), null.pgettext("c", "m"))
ns = {}
t.install(names=["ngettext", "pgettext"])
import builtins
print(builtins._("Hello"), builtins.ngettext("file", "files", 3))
del builtins._, builtins.ngettext, builtins.pgettext

plural = gettext.c2py("n != 1")
print([plural(n) for n in range(4)])
try:
    gettext.c2py("n + import os")
except ValueError as e:
    print("ValueError", e)
try:
    gettext.translation("nonexistent-domain", localedir="/nonexistent")
except OSError as e:
    print(type(e).__name__, e.errno)
print(gettext.translation("nonexistent-domain", localedir="/nonexistent", fallback=True).__class__.__name__)
print(gettext.find("nonexistent-domain", "/nonexistent"))

print(locale.setlocale(locale.LC_ALL, "C"))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"])
print(locale.format_string("%.2f|%d|%s", (1234567.891, 42, "x"), grouping=True))
print(locale.str(3.5), locale.atof("2.50"), locale.atoi("17"), locale.delocalize("1.5"))
print(locale.normalize("en_US.utf8"), locale.normalize("de"), locale.normalize("C"))
print(locale.getlocale(locale.LC_NUMERIC))
print(locale.strcoll("a", "b") < 0, locale.strxfrm("abc"))
print(locale.currency(12.5, symbol=False) if conv["int_frac_digits"] != 127 else "no currency in C")
