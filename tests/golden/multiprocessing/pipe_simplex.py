# Pipe(duplex=False): the first end only reads, the second only writes.
from _mp import contexts


def write(w, n):
    for i in range(n):
        w.send(i)
    w.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        r, w = ctx.Pipe(duplex=False)
        print(method, r.readable, r.writable, w.readable, w.writable)
        for wrong in (lambda: r.send(1), w.recv):
            try:
                wrong()
            except OSError as e:
                print(type(e).__name__, e)
        p = ctx.Process(target=write, args=(w, 5))
        p.start()
        w.close()
        got = []
        try:
            while True:
                got.append(r.recv())
        except EOFError:
            pass
        p.join()
        print(got, p.exitcode)
