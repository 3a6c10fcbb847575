# Data written to a file object that is never closed reaches the file at interpreter exit.
import sys

sys.stdout.write("through sys.stdout\n")
sys.stdout.flush()
out = open(1, "w", closefd=False)
out.write("written to fd 1 without close or flush\n")
binary = open(1, "wb", closefd=False)
binary.write(b"binary never flushed\n")
