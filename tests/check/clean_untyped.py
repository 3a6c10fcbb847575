# Untyped code as in most scripts: nothing to report.
import sys


def main(argv):
    total = 0
    for arg in argv[1:]:
        try:
            total += int(arg)
        except ValueError:
            print("skip", arg, file=sys.stderr)
    return total


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self


if __name__ == "__main__":
    c = Counter().bump().bump(2)
    print(main(sys.argv), c.n)
