# Pool workers write into a Manager dict guarded by a Manager lock.
from _mp import contexts


def record(args):
    d, lock, i = args
    with lock:
        d[i] = i * 3
        d["hits"] = d.get("hits", 0) + 1
    return i


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as m, ctx.Pool(1) as pool:
            d, lock = m.dict(), m.Lock()
            print(method, sorted(pool.map(record, [(d, lock, i) for i in range(6)])))
            print(d["hits"], sorted((k, v) for k, v in d.items() if k != "hits"))
