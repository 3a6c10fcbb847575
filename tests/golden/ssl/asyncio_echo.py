# asyncio over TLS: start_server(ssl=...) and open_connection(ssl=...),
# which run sslproto's SSLObject over MemoryBIOs.
import asyncio
import ssl
from _certs import *

sctx = server_context()
cctx = client_context()

async def handle(reader, writer):
    peer_ssl = writer.get_extra_info('ssl_object')
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, ssl=cctx, server_hostname='localhost')
    sslobj = writer.get_extra_info('ssl_object')
    print(type(sslobj).__name__, sslobj.version(), writer.get_extra_info('cipher'))
    print(writer.get_extra_info('peercert')['subject'])
    for msg in [b'hello\n', b'async tls\n', b'y' * 50000 + b'\n']:
        writer.write(msg)
        await writer.drain()
        resp = await reader.readline()
        print(len(resp), resp[:12])
    writer.close()
    await writer.wait_closed()
    try:
        bad = ssl.create_default_context()
        await asyncio.open_connection('127.0.0.1', port, ssl=bad, server_hostname='localhost')
    except ssl.SSLCertVerificationError as e:
        print('untrusted:', e.reason, e.verify_message)
    server.close()
    await server.wait_closed()
    print('done')

asyncio.run(main())
