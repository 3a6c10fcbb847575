# An uncaught ValueError from int() parsing.
values = ["10", "0x10", "ten"]
total = 0
for v in values:
    total += int(v, 0)
    print(total)
