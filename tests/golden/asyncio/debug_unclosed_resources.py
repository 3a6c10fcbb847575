# -X dev in a child: unclosed transports and event loops give ResourceWarnings
import re
import subprocess
import sys

child = r'''
import asyncio, gc
async def handle(reader, writer):
    await reader.read()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    del reader, writer
    gc.collect()
    server.close()
    await server.wait_closed()
asyncio.run(main())
loop = asyncio.new_event_loop()
del loop
gc.collect()
print("child done")
'''
out = subprocess.run([sys.executable, "-X", "dev", "-c", child], capture_output=True, text=True)
print(out.stdout, end="")
warnings = sorted(set(re.sub(r"<[^>]*>|fd=\d+|:\d+", "X", l) for l in out.stderr.splitlines() if "ResourceWarning" in l))
print(*warnings, sep="\n")
print(out.returncode)
