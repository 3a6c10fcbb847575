# configparser: reading INI text with defaults, interpolation (basic and
# extended), type getters, fallbacks, section proxies, writing back, and the
# errors for duplicates, missing sections and bad interpolation.
import configparser
import io

TEXT = """
[DEFAULT]
home = /srv
debug = no

[server]
host = example.com
port = 8080
root = %(home)s/www
timeout = 2.5
; a comment
# another
enabled = yes
multi = first line
    second line
    third line

[client]
retries = 3
empty =
novalue
"""

cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string(TEXT)
print(cp.sections(), cp.has_section("server"), cp.has_option("client", "home"))
s = cp["server"]
print(s["host"], s.getint("port"), s.getfloat("timeout"), s.getboolean("enabled"), s["root"])
print(repr(s["multi"]), cp.getboolean("client", "debug"), repr(cp["client"]["empty"]), cp["client"]["novalue"])
print(sorted(cp.items("client")))
print(cp.get("client", "missing", fallback="fb"), cp.getint("client", "missing", fallback=-1))
print(cp.get("server", "root", raw=True), cp.get("server", "root", vars={"home": "/opt"}))
print(list(cp["server"].keys()))
print("port" in cp["server"], len(cp["server"]), dict(cp.defaults()))

cp["new"] = {"a": "1", "b": "two"}
cp.set("new", "c", "%%literal")
cp.remove_option("server", "multi")
cp.remove_section("client")
out = io.StringIO()
cp.write(out)
print(out.getvalue())

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
base = /data
logs = ${base}/logs
[app]
log = ${paths:logs}/app.log
cost = $$5
""")
print(ext["app"]["log"], ext["app"]["cost"])

raw = configparser.RawConfigParser()
raw.read_dict({"s": {"k": "%(nope)s", "n": 5}})
print(raw.get("s", "k"), repr(raw.get("s", "n")))

custom = configparser.ConfigParser(delimiters=(":",), comment_prefixes=("//",), inline_comment_prefixes=("//",),
                                   converters={"list": lambda v: [x.strip() for x in v.split(",")]})
custom.optionxform = str
custom.read_string("[X]\nKey: a, b ,c // trailing\n// whole line\nOther: 1\n")
print(custom["X"]["Key"], custom.getlist("X", "Key"), custom["X"].getlist("Key"), list(custom["X"]))

errors = [
    "[a]\nx=1\n[a]\n",
    "[a]\nx=1\nx=2\n",
    "x=1\n",
    "[a]\nthis line has no delimiter\n",
]
for text in errors:
    try:
        configparser.ConfigParser().read_string(text, source="<bad>")
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(y)s\ny = %(x)s\nz = %(missing)s\nw = 100%\n")
for key in "xzw":
    try:
        bad.get("a", key)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
for call in (lambda: bad.get("nosection", "k"), lambda: bad.get("a", "nokey"), lambda: bad.add_section("a"),
             lambda: bad.add_section("DEFAULT"), lambda: bad.set("a", "k", 5)):
    try:
        call()
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__, "|", e)
