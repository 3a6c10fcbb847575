# SystemExit(True) is the int 1.
import sys

sys.exit(True)
