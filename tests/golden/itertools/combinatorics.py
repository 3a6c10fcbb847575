from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product([], [1])), list(product("ab", repeat=0)))
print(list(permutations("abc")), len(list(permutations(range(5), 3))))
print(list(permutations([1, 2, 3], 2)), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations(range(10), 4))))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print(e)
try:
    product([1], repeat=-1)
except ValueError as e:
    print(e)
