# An exception raised in a Pool worker reaches the parent with the same type
# and args, and its __cause__ carries the worker's traceback text.
from _mp import contexts


class Oops(Exception):
    pass


def inner(x):
    raise Oops("failed on", x)


def work(x):
    if x == 3:
        inner(x)
    return x


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            for call in (lambda: pool.map(work, range(5)), lambda: pool.apply(work, (3,)),
                         lambda: list(pool.imap(work, range(5)))):
                try:
                    call()
                except Oops as e:
                    tb = str(e.__cause__)
                    print(method, type(e).__name__, e.args, type(e.__cause__).__name__)
                    print(tb.splitlines()[0], "|", tb.strip().splitlines()[-1])
                    print('in inner' in tb, 'raise Oops("failed on", x)' in tb)
