# A Connection sent to a child through a Queue (its descriptor is duplicated
# for the child) and used there to talk back.
from _mp import contexts


def child(q):
    conn = q.get(timeout=20)
    conn.send(("over the passed pipe", conn.recv() * 2))
    conn.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        a, b = ctx.Pipe()
        p = ctx.Process(target=child, args=(q,))
        p.start()
        q.put(b)
        a.send(21)
        print(method, a.recv())
        p.join()
        print(p.exitcode)
