match = 1
case = 2
_ = 3
match.foo = 4
match[0] = 5
match(1)
print(match, case, _)
def match(case): return case
match: int = 1
match = {1: 2}
match[x]: int
