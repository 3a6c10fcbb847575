# pdb driven by standard input: a conditional breakpoint, a temporary one,
# `display`, `until`, `ll`, listing and clearing breakpoints.
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    breakpoint()
    result = loop(5)
    print("result", result)


main()
print("done")
