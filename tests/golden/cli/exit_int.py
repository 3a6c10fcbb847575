# sys.exit(n): the exit status is n; pending output is flushed first.
import sys

print("about to exit")
sys.exit(3)
print("never printed")
