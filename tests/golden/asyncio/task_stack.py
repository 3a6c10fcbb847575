# Task.get_stack and print_stack
import asyncio
import io

async def inner(ev):
    await ev.wait()

async def outer(ev):
    await inner(ev)

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(outer(ev))
    await asyncio.sleep(0)
    frames = t.get_stack()
    print([f.f_code.co_name for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0].split(" name=")[0], len(lines) > 1)
    ev.set()
    await t
    print(t.get_stack())

asyncio.run(main())
