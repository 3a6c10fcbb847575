print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2 == 2 < 3, 2 <= 2 >= 2, 1 != 2 != 1)
x = [1, 2]
print(x is x, x is not [1, 2], x == [1, 2], None is None)
print("a" < "b" < "ba", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0])
print(2 in [1, 2], "b" in "abc", "z" not in "abc", 3 in {3: 4}, 4 in {3: 4})
def side(v, log):
    log.append(v)
    return v
log = []
print(side(1, log) < side(0, log) < side(5, log), log)
for a, b in [(1, "a"), ([], {}), (None, 0)]:
    try:
        a < b
    except TypeError as e:
        print(e)
print(float("nan") == float("nan"), 1e400 == float("inf"), -0.0 == 0.0)
print(10 ** 20 == 1e20, 10 ** 20 + 1 > 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
