s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find(""), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""), s.rfind("a", -100, -2))
print(s.index("c"), s.rindex("a"), s.index("a", 3), s.rindex("b", 0, 5))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 2), s.count("a", 2, 6), s.count("zz"), "".count(""), "aaaa".count("aa"))
print(s.find("a", None, None), s.count("a", None, 5))
u = "αβγαβγ😀"
print(u.find("γ"), u.rfind("αβ"), u.count("β"), u.index("😀"), u.find("😀", -1))
for call in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1), lambda: s.count(),
             lambda: s.find("a", 1.5), lambda: s.index("a", 1, 2, 3), lambda: s.find(x="a"), lambda: s.count(None)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(s.find("a", I()))
