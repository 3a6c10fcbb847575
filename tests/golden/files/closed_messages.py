# The exact error each operation raises on a closed file, for every layer and mode.
import os

name = "_closed_messages.bin"
open(name, "wb").close()
operations = ["read()", "read(1)", "readline()", "readlines()", "write(b'')", "write('')", "tell()",
              "seek(0)", "flush()", "fileno()", "isatty()", "readable()", "writable()", "seekable()",
              "truncate()", "iter(f)", "next(f)", "readinto(bytearray(1))", "__enter__()", "writelines([])"]
for mode, buffering in [("r", -1), ("w", -1), ("r+", -1), ("rb", -1), ("wb", -1), ("r+b", -1), ("rb", 0), ("wb", 0)]:
    f = open(name, mode, buffering=buffering)
    f.close()
    print(mode, buffering, type(f).__name__)
    for op in operations:
        if op.startswith("readinto") and "b" not in mode:
            continue
        try:
            expr = op if op.startswith(("iter", "next")) else "f." + op
            result = eval(expr)
            print("  ", op, "->", result)
        except Exception as e:
            print("  ", op, type(e).__name__, e)
os.remove(name)
