# Errors starting children: a missing program, a missing cwd, a file that
# is not executable, and an exception in preexec_fn.
import os
import subprocess
import tempfile

for args, kwargs in [(["/nonexistent/program"], {}), (["no-such-program-anywhere"], {}),
                     (["/bin/true"], {"cwd": "/nonexistent/dir"})]:
    try:
        subprocess.run(args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "script")
    with open(path, "w") as f:
        f.write("#!/bin/sh\necho hi\n")
    try:
        subprocess.run([path])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    os.chmod(path, 0o755)
    print(subprocess.check_output([path]))


def fail():
    raise ValueError("in the child")


try:
    subprocess.run(["/bin/true"], preexec_fn=fail)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
print(subprocess.run(["/bin/sh", "-c", "exit 5"], preexec_fn=lambda: None).returncode)
try:
    subprocess.check_call(["/bin/sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
