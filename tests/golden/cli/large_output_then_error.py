# A lot of buffered output is flushed before the traceback and exit status.
for i in range(3000):
    print("line", i)
raise RuntimeError("after output")
