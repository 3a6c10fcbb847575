# http.cookies: building Set-Cookie headers with attributes, parsing Cookie
# headers (quoted values, bad input), Morsel API and the JS output form.
from http import cookies

c = cookies.SimpleCookie()
c["session"] = "abc123"
c["session"]["path"] = "/"
c["session"]["httponly"] = True
c["session"]["secure"] = True
c["session"]["samesite"] = "Lax"
c["prefs"] = 'theme="dark"; lang=en'
c["prefs"]["max-age"] = 3600
c["prefs"]["domain"] = ".example.com"
c["prefs"]["comment"] = "user prefs"
for key in sorted(c):
    print(c[key].OutputString())
print(c.output(sort_keys=True) if hasattr(c, "sort_keys") else "\n".join(c[k].output() for k in sorted(c)))
print(c["prefs"].value, c["prefs"].coded_value)

parsed = cookies.SimpleCookie()
parsed.load('a=1; b="two words"; c="esc\\"aped"; d=\\012; Path=/x; e=5')
for key in sorted(parsed):
    m = parsed[key]
    print(key, repr(m.value), repr(m.coded_value), m["path"])

bad = cookies.SimpleCookie()
bad.load("ok=1; =novalue; bad key=2; fine=3")
print(sorted((k, v.value) for k, v in bad.items()))

m = cookies.Morsel()
m.set("token", "x y", '"x y"')
m["expires"] = "Wed, 01 Jan 2031 00:00:00 GMT"
print(m.key, m.value, m.coded_value, m.isReservedKey("Expires"), m.isReservedKey("nope"))
print(m.output(header="Cookie:"))
print(repr(m))
print(m.js_output().strip().splitlines()[2].strip())
try:
    m["bogus"] = 1
except cookies.CookieError as e:
    print("CookieError", e)
try:
    m.set("bad;key", "v", "v")
except cookies.CookieError as e:
    print("CookieError", e)
print(cookies._quote('needs "quotes";'), cookies._unquote('"\\"hi\\"\\073"'))

class Plain(cookies.BaseCookie):
    def value_encode(self, val):
        s = str(val).upper()
        return val, s

p = Plain()
p["n"] = 42
print(p["n"].value, p["n"].coded_value, p.output())
