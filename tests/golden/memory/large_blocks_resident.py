# Large objects make about their own size resident: a str, bytes, list or
# bytearray of a little more than 1 MiB must not cost the allocator's size
# class (up to half as big again) in memory. Each kind is measured in a
# fresh process, so that no freed memory is reused.
import subprocess
import sys

CHILD = """
import sys
def resident_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
base = "x" * (1 << 20)
make = {
    "str": lambda i: base + str(i),
    "bytes": lambda i: b"y" * ((1 << 20) + i),
    "list": lambda i: [None] * ((1 << 17) + i),
    "bytearray": lambda i: bytearray((1 << 20) + i),
}[sys.argv[1]]
before = resident_kib()
kept = [make(i) for i in range(100)]
per_object = (resident_kib() - before) / len(kept)
print(sys.argv[1], 1000 < per_object < 1150)
"""
for kind in ("str", "bytes", "list", "bytearray"):
    subprocess.run([sys.executable, "-c", CHILD, kind], check=True)
