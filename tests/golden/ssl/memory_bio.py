# MemoryBIO and SSLObject (ctx.wrap_bio): a TLS client and server talking
# through memory buffers in one thread, as asyncio's sslproto drives them.
import ssl
from _certs import *

bio = ssl.MemoryBIO()
print(bio.pending, bio.eof, bio.write(b'abc'), bio.write(bytearray(b'de')), bio.write(memoryview(b'f')))
print(bio.pending, bio.read(2), bio.read(), bio.read(), bio.pending)
bio.write_eof()
print(bio.eof)
try:
    bio.write(b'x')
except ssl.SSLError as e:
    print(type(e).__name__, e)
try:
    bio.write('text')
except TypeError as e:
    print('TypeError', e)
try:
    ssl.MemoryBIO(1)
except TypeError as e:
    print('TypeError')

cctx = client_context()
sctx = server_context()
sctx.set_alpn_protocols(['b', 'a'])
cctx.set_alpn_protocols(['a', 'b'])
c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
client = cctx.wrap_bio(c_in, c_out, server_hostname='localhost')
server = sctx.wrap_bio(s_in, s_out, server_side=True)
print(type(client).__name__, client.server_side, server.server_side, client.server_hostname, server.server_hostname)
print(client.version(), client.cipher(), client.pending())
try:
    client.getpeercert()
except ValueError as e:
    print('ValueError', e)

def pump():
    moved = 0
    for src, dst in ((c_out, s_in), (s_out, c_in)):
        data = src.read()
        if data:
            dst.write(data)
            moved += len(data)
    return moved

steps = []
done = {'client': False, 'server': False}
for _ in range(20):
    for name, obj in (('client', client), ('server', server)):
        if done[name]:
            continue
        try:
            obj.do_handshake()
            done[name] = True
        except ssl.SSLWantReadError:
            steps.append(name + ' wants read')
    if not pump() and all(done.values()):
        break
print('handshake', done, steps[:3])
print(client.version(), client.cipher(), server.cipher(), client.selected_alpn_protocol(), server.selected_alpn_protocol())
print(client.getpeercert()['subject'], server.getpeercert())
print(len(client.shared_ciphers()) > 0, len(server.shared_ciphers()) > 0)

client.write(b'hello over memory')
pump()
print(server.read(5), server.pending(), server.read(100))
server.write(b'A' * 20000)
pump()
got = b''
while True:
    try:
        got += client.read(4096)
    except ssl.SSLWantReadError:
        break
print('client got', len(got))
try:
    client.read(10)
except ssl.SSLWantReadError as e:
    show_error('empty read', e)
buf = bytearray(8)
server.write(b'into buffer')
pump()
print(client.read(8, buf), bytes(buf))
print(client.read(100))
try:
    client.read(-1)
except ValueError as e:
    print('ValueError', e)

try:
    client.unwrap()
except ssl.SSLWantReadError as e:
    print('client unwrap wants read')
pump()
try:
    server.read(10)
except ssl.SSLZeroReturnError as e:
    show_error('server read after close_notify', e)
server.unwrap()
pump()
client.unwrap()
print('unwrapped', client.version() is not None)

c_in2, c_out2 = ssl.MemoryBIO(), ssl.MemoryBIO()
garbage_client = cctx.wrap_bio(c_in2, c_out2, server_hostname='localhost')
try:
    garbage_client.do_handshake()
except ssl.SSLWantReadError:
    pass
c_in2.write(b'HTTP/1.1 400 Bad Request\r\n\r\n' * 4)
try:
    garbage_client.do_handshake()
except ssl.SSLError as e:
    show_error('garbage', e)
c_in3, c_out3 = ssl.MemoryBIO(), ssl.MemoryBIO()
eof_client = cctx.wrap_bio(c_in3, c_out3, server_hostname='localhost')
c_in3.write_eof()
try:
    eof_client.do_handshake()
except ssl.SSLError as e:
    show_error('eof', e)
try:
    cctx.wrap_bio(b'x', c_out3)
except TypeError as e:
    print('TypeError')
