import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("the quick  brown\tfox"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann"}, what="jam"))
print(string.Template("$who and $missing").safe_substitute(who="x"))
try:
    string.Template("$who").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a ${b} $a").get_identifiers(), string.Template("$").is_valid())
f = string.Formatter()
print(f.format("{0}, {name!r:>8}, {1[0]}, {{literal}}", 1, [5], name="n"))
print(list(f.parse("a{0!r:3}b{}c")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format("{} and {:x}", "abc", 255))
