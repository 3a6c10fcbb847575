# Issue 10: the interpreter runs under a 1 GB address-space limit (ulimit -v)
# set before it starts (its frame stack reserves a share of the limit, not
# a fixed gigabyte).
import resource
import subprocess
import sys


def limited(gigabytes):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_AS, (gigabytes << 30, resource.RLIM_INFINITY))
    return set_limit


code = "import json, re, collections; print(json.dumps({'ok': 1}))"
p = subprocess.run([sys.executable, "-c", code], preexec_fn=limited(1), capture_output=True, text=True)
print(p.returncode, p.stdout, p.stderr)
