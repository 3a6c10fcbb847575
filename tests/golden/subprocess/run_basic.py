# subprocess.run and friends: captured output, check, input, text mode,
# env and cwd, and the return code of a child killed by a signal.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(["/bin/sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
print(subprocess.run(["/bin/cat"], input=b"fed through stdin", capture_output=True).stdout)
print(subprocess.check_output(["/bin/sh", "-c", "echo $GREETING"], env={"GREETING": "hi from env"}))
with tempfile.TemporaryDirectory() as d:
    out = subprocess.check_output(["/bin/pwd"], cwd=d, text=True).strip()
    print(os.path.realpath(out) == os.path.realpath(d))
print(subprocess.check_output("echo shell $((6 * 7))", shell=True))
print(subprocess.call(["/bin/true"]), subprocess.call(["/bin/false"]))
r = subprocess.run(["/bin/sh", "-c", "kill -TERM $$"])
print(r.returncode)
print(subprocess.getstatusoutput("echo status; exit 4"))
r = subprocess.run(["/bin/sh", "-c", "echo merged; echo also >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
r = subprocess.run(["/bin/sh", "-c", "cat >/dev/null; echo done"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(r.stdout)
try:
    subprocess.run(["/bin/sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
