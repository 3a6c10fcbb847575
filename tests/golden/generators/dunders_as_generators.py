# Special methods written as generator functions by mistake: what each protocol does with the
# generator it gets back (__init__, __iter__, __next__, __len__, __bool__, __hash__, __repr__, __enter__).
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class InitGen:
    def __init__(self):
        yield 1
show(lambda: InitGen())
class IterRaises:
    def __iter__(self):
        yield 1
        raise StopIteration
show(lambda: list(IterRaises()))
class NextIsGen:
    def __iter__(self): return self
    def __next__(self):
        yield 1
n = NextIsGen()
show(lambda: type(next(n)).__name__)
class LenGen:
    def __len__(self):
        yield 1
show(lambda: len(LenGen()))
class BoolGen:
    def __bool__(self):
        yield
show(lambda: bool(BoolGen()))
class HashGen:
    def __hash__(self):
        yield
show(lambda: hash(HashGen()))
class ReprGen:
    def __repr__(self):
        yield
show(lambda: repr(ReprGen()))
class EnterGen:
    def __enter__(self):
        yield "entered"
    def __exit__(self, *a):
        return False
def use():
    with EnterGen() as v:
        return type(v).__name__
show(use)
