ops = {"inv": lambda x: 1 / x}
print(ops["inv"](4))
print(list(map(ops["inv"], [1, 0])))
