# string: Template substitution (safe, custom delimiters and idpattern,
# get_identifiers/is_valid), Formatter subclasses, capwords and constants.
import string
from string import Formatter, Template

t = Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bo"))
print(t.get_identifiers(), t.is_valid(), Template("$1 bad").is_valid())
for bad, kw in [("$who and $missing", {"who": 1}), ("trailing $", {}), ("${bad name}", {})]:
    try:
        Template(bad).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


class Braces(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+)\}\} |
      (?P<braced>[a-z]+)\}\} |
      (?P<invalid>)
    )"""


print(Percent("%name costs %%5 and %Cap").safe_substitute(name="x", Cap="no"))
print(Braces("Hi {{name}}, {{{{ literal").substitute(name="Ada"))


class Upper(Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return super().format_field(value, spec[:-1]).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


f = Upper()
print(f.format("{0:>8u}|{name!l}|{missing}|{1[k]}|{2.real}", "abc", {"k": "v"}, 3 + 4j, name="MiXeD"))
print(list(Formatter().parse("a{0}b{x!r:>{w}}c{{d}}")))
print(Formatter().vformat("{a}-{b:03d}", (), {"a": 1, "b": 7}))
try:
    Formatter().format("{0}{}", 1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    Formatter().format("{}", )
except IndexError as e:
    print("IndexError", e)


class Checked(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - set(used)
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


try:
    Checked().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
print(string.capwords("  hello   world-wide web  "), string.capwords("a-b-c", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
