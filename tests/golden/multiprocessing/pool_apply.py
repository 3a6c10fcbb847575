# Pool.apply, apply_async with kwargs, callbacks and AsyncResult methods.
from _mp import contexts


def join(a, b, sep=" "):
    return f"{a}{sep}{b}"


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            print(method, pool.apply(join, ("x", "y")), pool.apply(join, ("x", "y"), {"sep": "+"}))
            got = []
            results = [pool.apply_async(join, (i, i * i), {"sep": ":"}, callback=got.append) for i in range(5)]
            print([r.get(timeout=20) for r in results])
            results[0].wait()
            print(all(r.ready() for r in results), all(r.successful() for r in results), sorted(got))
