# Process.exitcode under each start method: normal return, sys.exit with an
# int, with None and with a string (printed to stderr, exit status 1).
import sys
from _mp import contexts


def leave(how):
    if how == "int":
        sys.exit(7)
    if how == "none":
        sys.exit(None)
    if how == "str":
        sys.exit("leaving with a message")


if __name__ == "__main__":
    for method, ctx in contexts():
        codes = []
        for how in ("return", "int", "none", "str"):
            p = ctx.Process(target=leave, args=(how,))
            p.start()
            p.join()
            codes.append(p.exitcode)
        print(method, codes)
