import sys
print("out")
sys.exit("fatal: configuration missing")
