# A never-closed file kept as an attribute of the sys module is flushed at exit.
import sys

print("first line through print", flush=True)
sys.kept_file = open(1, "w", closefd=False)
sys.kept_file.write("buffered in a file held by sys\n")
