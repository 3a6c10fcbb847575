class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), len(n), n.shout(), n + "by", type(n + "by").__name__, type(n.upper()).__name__, isinstance(n, str))
print(n == "bob", hash(n) == hash("bob"), {n: 1}["bob"], n[0], type(n[0]).__name__, str(n), type(str(n)).__name__)
print("%s" % n, "{}".format(n), f"{n}", n.split("o"), n * 2)
class Up(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Up("hi")
print(u, type(u).__name__, u.lower())
class R(str):
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "strR"
r = R("x")
print(repr(r), str(r), "%s %r" % (r, r), "{!r} {}".format(r, r), [r])
