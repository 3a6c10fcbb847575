# yield as an expression inside match subjects, f-strings, while conditions, subscripts and slices,
# augmented assignment, assert, chained comparisons, calls, with items, ternaries and except*.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def drive(gen, values):
    out = [next(gen)]
    try:
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("return", e.value))
    return out
def in_match():
    match (yield "subject?"):
        case [a, b]:
            yield f"pair {a} {b}"
        case {"k": v}:
            yield f"mapping {v}"
        case _:
            yield "other"
show(lambda: drive(in_match(), [[1, 2], None]))
show(lambda: drive(in_match(), [{"k": 3}, None]))
def in_fstring():
    x = f"<{(yield 'a')}|{(yield 'b')}>"
    return x
show(lambda: drive(in_fstring(), ["A", "B"]))
def in_while():
    n = 0
    while (yield n) != "stop":
        n += 1
    return n
show(lambda: drive(in_while(), ["go", "go", "stop"]))
def in_subscript():
    d = {"a": 1, "b": 2}
    v = d[(yield "key?")]
    s = "abcdef"[(yield "start?"):(yield "stop?")]
    return (v, s)
show(lambda: drive(in_subscript(), ["b", 1, 4]))
def augmented():
    total = 10
    total += yield total
    total *= yield total
    return total
show(lambda: drive(augmented(), [5, 3]))
def in_assert():
    assert (yield "check"), "failed assert"
    return "passed"
show(lambda: drive(in_assert(), [1]))
show(lambda: drive(in_assert(), [0]))
def comparisons():
    r = 1 < (yield "mid") < 10
    return r
show(lambda: drive(comparisons(), [5]))
show(lambda: drive(comparisons(), [50]))
def in_call_kwargs():
    return dict(a=(yield "a"), **(yield "rest"))
show(lambda: drive(in_call_kwargs(), [1, {"b": 2}]))
def in_with():
    class CM:
        def __init__(self, tag): self.tag = tag
        def __enter__(self): return self.tag
        def __exit__(self, *a): print("exit", self.tag)
    with CM((yield "tag?")) as t:
        yield f"inside {t}"
    return "done"
show(lambda: drive(in_with(), ["T", None]))
def in_ternary():
    return (yield "cond") if (yield "which") else "no"
show(lambda: drive(in_ternary(), [True, "val"]))
show(lambda: drive(in_ternary(), [False]))
def unpack_yield():
    a, *b = yield "seq?"
    return a, b
show(lambda: drive(unpack_yield(), [[1, 2, 3]]))
def yield_in_except_star():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        yield f"value group {len(eg.exceptions)}"
    except* KeyError:
        yield "key group"
show(lambda: list(yield_in_except_star()))
