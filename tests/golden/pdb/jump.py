# pdb's `jump` driven by standard input (jump.in): forward over a line,
# backward to repeat one, refused jumps (into a for loop, outside the
# function, not the bottom frame), then continue.
def count(items):
    total = 0
    for item in items:
        total += item
    doubled = total * 2
    print("total", total, "doubled", doubled)
    return doubled


def main():
    breakpoint()
    values = [1, 2, 3]
    values.append(4)
    result = count(values)
    print("result", result)


main()
print("done")
