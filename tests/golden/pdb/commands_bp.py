# pdb driven by standard input: `commands` attached to a breakpoint
# (silent, printing and continuing), disable/enable, ignore counts.
def tick(n):
    value = n * n
    return value


def main():
    breakpoint()
    for i in range(4):
        tick(i)
    print("finished")


main()
