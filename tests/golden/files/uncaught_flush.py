# Buffered file data is flushed when the program dies of an uncaught exception.
import sys

sys.stdout.flush()
out = open(1, "w", closefd=False)
out.write("buffered before the error\n")
err = open(2, "w", closefd=False)
err.write("buffered on stderr\n")

def fail():
    raise RuntimeError("uncaught")
fail()
