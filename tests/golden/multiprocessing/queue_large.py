# Large objects through a Queue and a Pipe (bigger than the pipe buffer).
from _mp import contexts


def send(q, conn):
    q.put(b"q" * 300000)
    conn.send(list(range(50000)))
    conn.send_bytes(bytes(range(256)) * 1000)


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=send, args=(q, w))
        p.start()
        data = q.get(timeout=20)
        lst = r.recv()
        raw = r.recv_bytes()
        p.join()
        print(method, len(data), sum(lst), len(raw), raw[:4], p.exitcode)
