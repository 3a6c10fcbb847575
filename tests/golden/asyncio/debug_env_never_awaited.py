# debug mode from PYTHONASYNCIODEBUG and -X dev: a never-awaited coroutine's warning names where it was created
import os
import subprocess
import sys

CHILD = r'''
import asyncio, gc
async def forgotten():
    pass
def make():
    forgotten()
async def main():
    print("debug", asyncio.get_running_loop().get_debug())
    make()
    gc.collect()
asyncio.run(main())
'''

for label, args, env in [
    ("env", [], {"PYTHONASYNCIODEBUG": "1"}),
    ("dev", ["-X", "dev"], {}),
    ("plain", [], {}),
]:
    full_env = {k: v for k, v in os.environ.items() if k != "PYTHONASYNCIODEBUG"}
    full_env.update(env)
    r = subprocess.run([sys.executable, *args, "-c", CHILD], env=full_env, capture_output=True, text=True)
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    print(label, r.stdout.strip(), r.returncode)
    print("  warning:", [l for l in lines if "never awaited" in l])
    print("  origin:", any("Coroutine created at" in l for l in lines), any("in make" in l for l in lines))
