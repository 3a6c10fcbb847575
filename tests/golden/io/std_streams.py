# The standard streams as text files over the descriptors 0, 1 and 2.
import io
import sys

for s in (sys.stdout, sys.stderr):
    print(repr(s), s.encoding, s.fileno(), isinstance(s, io.TextIOBase), s.buffer.mode, s.writable())
print(repr(sys.stdin.buffer), sys.stdin.readable(), sys.stdout.readable(), sys.stderr.errors)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes through the buffer\n")
sys.stdout.buffer.flush()
print("text after", flush=True)
