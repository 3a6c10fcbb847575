# A duplex Pipe: both ends send and receive; poll with timeouts.
from _mp import contexts


def serve(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            conn.close()
            return
        conn.send(msg[::-1])


if __name__ == "__main__":
    for method, ctx in contexts():
        a, b = ctx.Pipe()
        print(method, a.poll(), a.readable, a.writable)
        p = ctx.Process(target=serve, args=(b,))
        p.start()
        b.close()
        for msg in ("abc", (1, 2, 3), [None, True]):
            a.send(msg)
            print(a.poll(20), a.recv())
        a.send("stop")
        print(a.recv())
        p.join()
        try:
            a.recv()
        except EOFError:
            print("EOFError", p.exitcode)
        a.close()
        print(a.closed)
