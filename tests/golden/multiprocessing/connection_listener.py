# multiprocessing.connection Listener and Client on a Unix socket with an
# authkey, and a wrong authkey refused.
import multiprocessing
from multiprocessing.connection import Client, Listener
from _mp import contexts


def client(address, key):
    try:
        with Client(address, authkey=key) as c:
            c.send(("hi", key))
            c.recv()
    except multiprocessing.AuthenticationError as e:
        pass


if __name__ == "__main__":
    for method, ctx in contexts():
        with Listener(family="AF_UNIX", authkey=b"secret") as listener:
            p = ctx.Process(target=client, args=(listener.address, b"secret"))
            p.start()
            with listener.accept() as conn:
                print(method, conn.recv())
                conn.send("ok")
            p.join()
            q = ctx.Process(target=client, args=(listener.address, b"wrong"))
            q.start()
            try:
                listener.accept()
            except multiprocessing.AuthenticationError as e:
                print("refused:", e)
            q.join()
            print(p.exitcode, q.exitcode, listener.last_accepted is not None)
