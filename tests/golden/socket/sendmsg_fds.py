# sendmsg/recvmsg with SCM_RIGHTS ancillary data: a pipe's read end passes
# through a socket pair and reads what was written to the pipe.
import _socket as S
import array
import os

print(S.CMSG_LEN(0), S.CMSG_LEN(4), S.CMSG_SPACE(4), S.CMSG_SPACE(8))
a, b = S.socketpair()
r, w = os.pipe()
fds = array.array("i", [r])
print(a.sendmsg([b"fd", b" here"], [(S.SOL_SOCKET, S.SCM_RIGHTS, fds)]))
msg, ancdata, flags, addr = b.recvmsg(100, S.CMSG_SPACE(fds.itemsize))
print(msg, len(ancdata), flags, addr)
level, kind, data = ancdata[0]
print(level == S.SOL_SOCKET, kind == S.SCM_RIGHTS, len(data))
received = array.array("i")
received.frombytes(data)
os.write(w, b"through the passed descriptor")
print(os.read(received[0], 100))
print(os.get_inheritable(received[0]))
for fd in (r, w, received[0]):
    os.close(fd)

a.sendmsg([b"plain"])
print(b.recvmsg(100))
a.sendmsg([memoryview(b"into buffers")])
one, two = bytearray(4), bytearray(20)
print(b.recvmsg_into([one, two]), one, two)
for bad in [lambda: a.sendmsg(5), lambda: a.sendmsg([b"x"], [(1, 2)]), lambda: b.recvmsg(-1),
            lambda: S.CMSG_LEN(-1)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
a.close()
b.close()
