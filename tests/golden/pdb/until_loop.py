# pdb driven by standard input: `until` to leave a loop, `until LINE`,
# `jump` backwards within a frame, and `next` over a call.
def count(n):
    total = 0
    for i in range(n):
        total += i
    done = True
    return total


def main():
    breakpoint()
    value = count(3)
    print("value", value)


main()
