# send_bytes with offset and size, recv_bytes with maxlength, recv_bytes_into
# a bytearray (with an offset) and a too-small buffer; an over-long message
# closes the connection.
import multiprocessing
from _mp import contexts


def send(conn):
    conn.send_bytes(b"hello world", 6)
    conn.send_bytes(b"0123456789", 2, 3)
    conn.send_bytes(b"abc")
    conn.send_bytes(b"0123456789abcdef")
    conn.send_bytes(b"x" * 40)
    conn.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        a, b = ctx.Pipe()
        p = ctx.Process(target=send, args=(b,))
        p.start()
        print(method, a.recv_bytes(), a.recv_bytes())
        buf = bytearray(8)
        print(a.recv_bytes_into(buf, 2), buf)
        try:
            a.recv_bytes_into(bytearray(4))
        except multiprocessing.BufferTooShort as e:
            print("BufferTooShort", e.args[0])
        try:
            a.recv_bytes(maxlength=10)
        except OSError as e:
            print(type(e).__name__, e, a.closed)
        p.join()
        for bad in ((b"abc", 4), (b"abc", 1, 5), (b"abc", -1)):
            try:
                b.send_bytes(*bad)
            except ValueError as e:
                print(e)
        b.close()
