# sys.exit() and sys.exit(None) end with status 0.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, repr(e))
print("continuing")
sys.exit(None)
