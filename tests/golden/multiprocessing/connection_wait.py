# multiprocessing.connection.wait over several connections: only the ready
# ones are returned; a closed peer counts as ready.
from multiprocessing.connection import wait
from _mp import contexts


def talk(conns):
    conns[1].send("second")
    conns[2].close()


if __name__ == "__main__":
    for method, ctx in contexts():
        pairs = [ctx.Pipe() for _ in range(3)]
        print(method, wait([a for a, _ in pairs], timeout=0.01))
        p = ctx.Process(target=talk, args=([b for _, b in pairs],))
        p.start()
        for _, b in pairs:
            b.close()
        p.join()
        ready = wait([a for a, _ in pairs], timeout=20)
        print(sorted(i for i, (a, _) in enumerate(pairs) if a in ready))
        print(pairs[1][0].recv(), pairs[0][0].poll(0))
