# Every jump from each line to each line of three functions (loops, try,
# with, finally, comprehension, break/continue/else, a generator with
# yield from): how many succeed and each refusal's message, counted.
import sys, itertools
def f1(n):
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            with open(__file__) as fh:
                total += len(fh.readline())
        except ValueError as e:
            total += 1
        finally:
            total += 2
    while total > 100:
        total //= 2
    return [x * 2 for x in range(total % 5)] + [total]
def f2(xs):
    out = []
    for a in xs:
        for b in xs:
            if a == b:
                continue
            out.append((a, b))
            if len(out) > 5:
                break
    else:
        out.append(None)
    return out
def f4():
    x = yield 1
    try:
        yield x
    except GeneratorExit:
        pass
    yield from range(3)
first = {f: f.__code__.co_firstlineno for f in (f1, f2, f4)}
nlines = {f1: 17, f2: 12, f4: 8}
results = {}
for f in (f1, f2, f4):
    for src in range(1, nlines[f]):
        for dst in range(0, nlines[f] + 1):
            done = []
            def tr(frame, ev, arg):
                if frame.f_code is f.__code__ and ev == 'line' and frame.f_lineno - first[f] == src and not done:
                    done.append(1)
                    try:
                        frame.f_lineno = first[f] + dst
                        results['ok'] = results.get('ok', 0) + 1
                    except ValueError as e:
                        results[str(e)] = results.get(str(e), 0) + 1
                return tr
            sys.settrace(tr)
            try:
                if f is f4:
                    g = f4(); list(itertools.islice(g, 10))
                else:
                    f(5) if f is f1 else f([1, 2, 3])
            except Exception as e:
                results[type(e).__name__] = results.get(type(e).__name__, 0) + 1
            finally:
                sys.settrace(None)
for k in sorted(results): print(k, results[k])
