# close() on a generator that yields in finally: the uncaught RuntimeError's traceback.
def g():
    try:
        yield 1
    finally:
        yield 2
x = g()
next(x)
x.close()
