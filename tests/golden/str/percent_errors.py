cases = [
    lambda: "%d" % "a",
    lambda: "%d" % [],
    lambda: "%x" % 1.5,
    lambda: "%o" % "a",
    lambda: "%f" % "a",
    lambda: "%e" % None,
    lambda: "%c" % "ab",
    lambda: "%c" % 1.5,
    lambda: "%c" % 0x110000,
    lambda: "%c" % -1,
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%s" % (),
    lambda: "abc" % 5,
    lambda: "%" % 1,
    lambda: "%5" % 1,
    lambda: "%z" % 1,
    lambda: "%(a)s" % 1,
    lambda: "%(a)s" % {"b": 1},
    lambda: "%(a" % {"a": 1},
    lambda: "%*d" % ("a", 1),
    lambda: "%.*f" % (1.5, 2.0),
    lambda: "%d" % (1 + 2j),
    lambda: "%s" % [1, 2] + 1,
    lambda: "%é" % 1,
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
