# string.Template and Formatter, shlex, fnmatch, html, urllib.parse, calendar, reprlib.
import calendar
import fnmatch
import html
import reprlib
import shlex
import string
import urllib.parse as up

t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kungpao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
f = string.Formatter()
print(f.format("{0}-{x:>4}-{y!r}", 1, x="a", y="b"), list(f.parse("a{b:c}d{}{{")))
print(string.capwords(" hello   world "), string.ascii_letters, string.punctuation)
print(shlex.split("a 'b c' \"d e\" f\\ g # c", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
lex = shlex.shlex("x = 'y z'; w", posix=True, punctuation_chars=True)
print(list(lex))
print(fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("file.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("[!a-c]?*.txt"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;&#x41;&notanentity;"))
u = up.urlparse("https://user:pw@example.com:8080/p/a;t?q=1&r=%20x#frag")
print(u, u.port, u.hostname, u.username, up.urlunparse(u))
print(up.parse_qs("a=1&a=2&b=&c=%41"), up.parse_qsl("a=1&b=2", keep_blank_values=True), up.urlencode({"k": "v w", "n": [1, 2]}, doseq=True))
print(up.quote("a b/c?d"), up.quote_plus("a b&c"), up.unquote("%E2%82%AC%zz"), up.urljoin("http://a/b/c/d", "../e"), up.urlsplit("//h/p").netloc)
print(calendar.month(2024, 2), calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2000, 1, 1), calendar.leapdays(1900, 2000))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.day_name[0], calendar.month_abbr[12], calendar.timegm((2020, 1, 1, 0, 0, 0)))
r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr(list(range(100))), r.repr(list(range(10))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
