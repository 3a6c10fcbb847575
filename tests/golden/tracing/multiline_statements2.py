# Line events for constructs spread over lines: method chains with one
# call a line, parenthesized with items, for targets and iterables on
# several lines, elif chains, multi-line lambdas and f-strings, except
# handlers with tuples of types, slices over lines, starred arguments.
from _events import trace


class Chain:
    def __init__(self):
        self.n = 0

    def step(self, k=1):
        self.n += k
        return self


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def chains():
    c = (Chain()
         .step()
         .step(2)
         .step(
             3))
    return c.n


def with_items():
    with (Ctx() as a,
          Ctx() as b):
        n = 1
    return n


def for_targets():
    out = []
    for (x,
         y) in [
            (1, 2),
            (3, 4)]:
        out.append(x + y)
    return out


def elifs(v):
    if v == 1:
        r = "one"
    elif (v ==
          2):
        r = "two"
    elif v == 3:
        r = "three"
    else:
        r = "other"
    return r


def lambdas_fstrings(v):
    f = (lambda a:
         a + 1)
    s = (f"{v}"
         f"-{f(v)}")
    return s


def handlers(kind):
    try:
        raise kind("x")
    except (KeyError,
            IndexError) as e:
        r = "lookup"
    except (ValueError, TypeError):
        r = "value"
    return r


def slices_and_stars(seq):
    part = seq[
        1:
        3]
    total = max(*part,
                *seq)
    return part, total


trace(chains)
trace(with_items)
trace(for_targets)
trace(elifs, 2)
trace(elifs, 4)
trace(lambdas_fstrings, 1)
trace(handlers, IndexError)
trace(handlers, TypeError)
trace(slices_and_stars, [1, 2, 3, 4])
