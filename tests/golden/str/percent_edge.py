cases = [
    lambda: "%5%" % (1,), lambda: "%5%" % (), lambda: "%%%s" % 1, lambda: "%(a)s %s" % {"a": 1}, lambda: "%s %(a)s" % {"a": 1},
    lambda: "%d" % 2**64, lambda: "%x" % (-2**64), lambda: "%.2f" % 2**64, lambda: "%c" % True, lambda: "%s" % b"x",
    lambda: "%-10s|" % "é", lambda: "%10s|" % "😀", lambda: "%.1s" % "é", lambda: "%3c|" % "€", lambda: "%r" % "😀\n",
    lambda: "%(x)s" % {"x": "%s"}, lambda: "%s" % ((1, 2),), lambda: "%s %s" % [1, 2], lambda: "%s" % [1, 2],
    lambda: "%ld %lf %hd" % (1, 2.0, 3), lambda: "% d|% d" % (5, -5), lambda: "%#.3o" % 8, lambda: "%e" % 1e300, lambda: "%.20f" % 0.1,
    lambda: "%g" % 1e-300, lambda: "%G" % float("inf"), lambda: "%5.2e|" % -0.0, lambda: "%s" % "%s",
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
