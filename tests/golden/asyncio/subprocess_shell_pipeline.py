# subprocess: a shell pipeline, exit statuses and stderr merged into stdout
import asyncio

async def run(cmd, **kwargs):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, **kwargs)
    out, _ = await proc.communicate()
    return out, proc.returncode

async def main():
    print(await run("printf 'b\\na\\nb\\nc\\n' | sort | uniq -c | sed 's/^ *//'"))
    print(await run("echo out; echo err 1>&2; exit 3", stderr=asyncio.subprocess.STDOUT))
    print(await run("exit 0"))
    print(await run("kill -TERM $$"))
    try:
        await asyncio.create_subprocess_shell(["echo", "x"])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        await asyncio.create_subprocess_shell("echo", text=True)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
