# Children see stdin as /dev/null; the parent's unflushed stdout is not
# duplicated into a forked child's; child output lands before join returns.
import sys
from _mp import contexts


def child(tag):
    print(tag, "stdin:", repr(sys.stdin.read()))
    sys.stdout.flush()


if __name__ == "__main__":
    for method, ctx in contexts():
        print(method, "parent line not yet flushed")
        p = ctx.Process(target=child, args=(method,))
        p.start()
        p.join()
        print(method, "joined", p.exitcode)
        sys.stdout.flush()
