# pdb driven by standard input: args, whatis, retval after return,
# source-free expressions with !, and an alias.
def scale(values, factor=2):
    result = [v * factor for v in values]
    return result


def main():
    breakpoint()
    out = scale([1, 2], factor=3)
    print("out", out)


main()
