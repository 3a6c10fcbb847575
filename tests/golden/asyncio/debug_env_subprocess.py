# PYTHONASYNCIODEBUG=1 and -X dev turn on the loop's debug mode in a child interpreter
import os
import subprocess
import sys

code = "import asyncio, sys\nasync def m(): return asyncio.get_running_loop().get_debug()\nprint(asyncio.run(m()), sys.flags.dev_mode)"
for env_extra, args in [({}, []), ({"PYTHONASYNCIODEBUG": "1"}, []), ({}, ["-X", "dev"]), ({"PYTHONASYNCIODEBUG": ""}, [])]:
    env = dict(os.environ, **env_extra)
    env.pop("PYTHONDEVMODE", None)
    if "PYTHONASYNCIODEBUG" not in env_extra:
        env.pop("PYTHONASYNCIODEBUG", None)
    out = subprocess.run([sys.executable, *args, "-c", code], env=env, capture_output=True, text=True)
    print(env_extra, args, out.stdout.strip(), out.returncode)
