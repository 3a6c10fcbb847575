# A never-closed file held by another module's globals is flushed at exit.
import sys

sys.stdout.write("main module line\n")
sys.stdout.flush()
import _file_holder
print(_file_holder.held.closed, file=sys.stderr)
