# Comparisons between ints, bools and floats are exact.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print(2**100 > 2**99, -(2**100) < 2**99, 2**100 == 2**100, [1, 2**80] < [1, 2**81])
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53, 2.0**53 < 2**53 + 1)
print(10**400 > float("inf"), 10**400 < float("inf"), -(10**400) > float("-inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 0 == -0.0, 3 == 3.0000000000000004)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10**100 == nan, 10**100 != nan)
print(True == 1, False == 0, True > False, True < 2, True == 1.0)
print(max(3, 2**70, -5), min(-(2**70), 0.5), sorted([3, 1.5, 2**64, -2, True]))
print(2**1000 == 2.0**1000, 2**1000 + 1 == 2.0**1000, 2**1000 > 2.0**1000)
print(0.5 < 2**70, 1e30 > 10**30, 1e30 < 10**30 + 1)
for expr in ["1 < 'a'", "1 >= None", "2**70 < []"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(e)
