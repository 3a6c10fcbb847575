import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(5, "x")
except SystemExit as e:
    print("code", e.code, e.args)
raise SystemExit(None)
