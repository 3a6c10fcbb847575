# Several producer processes feeding one consumer; totals are exact.
from _mp import contexts


def produce(q, base, n):
    for i in range(n):
        q.put(base + i)
    q.put(None)


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        procs = [ctx.Process(target=produce, args=(q, k * 1000, 200)) for k in range(3)]
        for p in procs:
            p.start()
        done, got = 0, []
        while done < len(procs):
            item = q.get(timeout=20)
            if item is None:
                done += 1
            else:
                got.append(item)
        for p in procs:
            p.join()
        print(method, len(got), sum(got), sorted(got) == sorted(set(got)), [p.exitcode for p in procs])
