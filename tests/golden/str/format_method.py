print("{} {}".format("a", "b"), "{0} {1} {0}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0}{1}{2}".format(1, 2.5, None), "{}".format([1, "a"]), "{!r}".format("q"), "{!s}".format("q"), "{!a}".format("é"))
print("{:>5}|{:<5}|{:^5}|{:*^7}|".format("a", "b", "c", "d"))
print("{:5d}|{:<5d}|{:+d}|{:05d}|{:,}|{:_}|{:x}|{:#b}|".format(1, 2, 3, 4, 1234567, 1234567, 255, 5))
print("{:.2f}|{:10.3e}|{:%}|{:.1%}|{:g}|".format(3.14159, 12345.678, 0.25, 0.125, 1e20))
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{a[0][1]} {b.__class__.__name__}".format(a=[[1, 2]], b="s"))
print("{{}} {{{}}} {{0}}".format(7))
print("{:{}}|{:{}{}}|{:>{w}.{p}f}|".format("a", 4, "b", ">", 4, 3.14159, w=8, p=2))
print("{0:{1}}".format("x", "^5"), "{!r:>6}".format("a"), "{!r:^9}".format("é"))
print("{0}".format(*["only"]), "{k}".format(**{"k": "kw"}))
print("{}".format(True), "{:d}".format(True), "{:>5}".format(True))
print("{0[-1]}".format({"-1": "neg"}), "{0[a b]}".format({"a b": 1}))
print("{.__name__}".format(int), "{0.__class__}".format(1))
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{}|{:abc}|{:{}}|".format(P(), P(), P(), "xyz"))
print(format("abc"), format("abc", ""), format("abc", "s"), format(42), format(42, "5"), format(3.5, ".3f"))
