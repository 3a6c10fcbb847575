# Listener on a TCP address with a Client in a child process, and connection
# close seen as EOFError.
from multiprocessing.connection import Client, Listener
from _mp import contexts


def client(address):
    with Client(address) as c:
        c.send([x * 2 for x in c.recv()])


if __name__ == "__main__":
    for method, ctx in contexts():
        with Listener(("127.0.0.1", 0)) as listener:
            print(method, listener.address[0], type(listener.address[1]).__name__)
            p = ctx.Process(target=client, args=(listener.address,))
            p.start()
            conn = listener.accept()
            conn.send([1, 2, 3])
            print(conn.recv())
            try:
                conn.recv()
            except EOFError:
                print("EOFError")
            conn.close()
            p.join()
