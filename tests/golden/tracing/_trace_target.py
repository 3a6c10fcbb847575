# A small program the trace module goldens run (trace_module.py).
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


def square(x):
    return x * x


def main(limit):
    c = Counter()
    for i in range(limit):
        if i % 2:
            c.add(square(i))
        else:
            c.add(i)
    print("total", c.n)
    return c.n


if __name__ == "__main__":
    main(4)
