# subprocess: a missing program, a non-executable file, and a bad cwd raise before any Process exists
import asyncio
import os
import tempfile

async def main():
    with tempfile.TemporaryDirectory() as d:
        plain = os.path.join(d, "plain")
        with open(plain, "w") as f:
            f.write("")
        for args, kwargs in [
            ((os.path.join(d, "missing"),), {}),
            ((plain,), {}),
            (("true",), {"cwd": os.path.join(d, "nowhere")}),
        ]:
            try:
                await asyncio.create_subprocess_exec(*args, **kwargs)
            except OSError as e:
                print(type(e).__name__, e.errno, os.path.basename(e.filename) if e.filename else e.filename)
    try:
        await asyncio.create_subprocess_exec("true", universal_newlines=True)
    except ValueError as e:
        print("ValueError", e)
    proc = await asyncio.create_subprocess_exec("true")
    print(await proc.wait())

asyncio.run(main())
