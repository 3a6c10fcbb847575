# Comparisons of floats with floats and ints.
nan = float("nan")
inf = float("inf")
print(1.0 < 2.0, 2.0 <= 2.0, -0.0 == 0.0, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, [nan] == [nan], nan in [nan])
x = nan
print(x is x, [x] == [x], x == x)
print(inf > 10**1000, -inf < -(10**1000), inf == inf, inf > 1e308)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1e16 == 10**16, 1.5 > 1, 2.5 < 3, 2.0 == 2, 2.0 != 2)
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), sorted([3.5, 1, -2.5, 2**60, 0.0]))
for expr in ["1.5 < 'a'", "1.5 > None", "1.5 <= 1j"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(e)
