# pdb driven by standard input (step_next.in): breakpoint(), step, next,
# p, pp, where (bottom frame only), list, up/down, return, continue.
def add(a, b):
    c = a + b
    return c


def main():
    x = 1
    breakpoint()
    y = add(x, 2)
    z = [y] * 3
    print("z is", z)
    return z


main()
print("done")
