# random and _random: errors in CPython's words.
import random
import _random

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = random.Random(1)
attempt("seed list", lambda: random.seed([1, 2]))
attempt("seed object", lambda: random.seed(object()))
attempt("getrandbits negative", lambda: r.getrandbits(-1))
attempt("getrandbits float", lambda: r.getrandbits(1.5))
attempt("getrandbits none", lambda: r.getrandbits())
attempt("randrange empty", lambda: r.randrange(0))
attempt("randrange empty range", lambda: r.randrange(5, 2))
attempt("randrange zero step", lambda: r.randrange(0, 10, 0))
attempt("randint", lambda: r.randint(5, 1))
attempt("choice empty", lambda: r.choice([]))
attempt("sample too big", lambda: r.sample(range(3), 5))
attempt("sample set", lambda: r.sample({1, 2}, 1))
attempt("sample negative", lambda: r.sample(range(3), -1))
attempt("choices weights", lambda: r.choices("ab", weights=[1], k=1))
attempt("choices both", lambda: r.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
attempt("choices zero", lambda: r.choices("ab", weights=[0, 0]))
attempt("setstate bad", lambda: r.setstate((3, (1,) * 625, None)))
attempt("setstate version", lambda: r.setstate((9, (), None)))
attempt("_setstate tuple", lambda: _random.Random().setstate([1]))
attempt("_setstate size", lambda: _random.Random().setstate((1, 2)))
attempt("_setstate index", lambda: _random.Random().setstate((0,) * 624 + (625,)))
attempt("_Random args", lambda: _random.Random(1, 2))
attempt("_Random kwargs", lambda: _random.Random(x=1))
attempt("random args", lambda: _random.Random().random(1))
attempt("randbytes negative", lambda: r.randbytes(-1))
attempt("expovariate zero", lambda: r.expovariate(0))
attempt("gammavariate", lambda: r.gammavariate(-1, 1))
