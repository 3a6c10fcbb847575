# Manager dict and list proxies shared with child processes.
from _mp import contexts


def fill(d, lst, lock, i):
    with lock:
        d[i] = i * i
        lst.append(i)
        d["count"] = d.get("count", 0) + 1


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as manager:
            d, lst, lock = manager.dict(), manager.list(), manager.Lock()
            procs = [ctx.Process(target=fill, args=(d, lst, lock, i)) for i in range(2)]
            for p in procs:
                p.start()
            for p in procs:
                p.join()
            print(method, sorted(d.items(), key=str), sorted(lst), len(d), "count" in d)
            lst.extend([9, 8])
            lst.sort()
            d.update(a=1)
            print(lst[:2], lst[-1], d.pop("a"), d.keys() is not None)
            print(sorted(d.copy().items(), key=str) == sorted(dict(d).items(), key=str))
