# A result or argument that cannot be pickled raises MaybeEncodingError or the
# pickling error in the parent; the pool keeps working afterwards.
import multiprocessing.pool
from _mp import contexts


def make_lambda(_):
    return lambda: 0


def ident(x):
    return x


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            try:
                pool.map(make_lambda, [1])
            except multiprocessing.pool.MaybeEncodingError as e:
                print(method, type(e).__name__, "Error sending result" in str(e))
            try:
                pool.map(ident, [lambda: 1])
            except Exception as e:
                print(type(e).__name__)
            print(pool.map(ident, [1, 2]))
