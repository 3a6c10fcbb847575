# Proxies nested in proxies: a manager list holding a manager dict, modified
# from a child process.
from _mp import contexts


def child(outer):
    outer[0]["seen"] = True
    outer.append("tail")


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as m:
            inner = m.dict(a=1)
            outer = m.list([inner])
            p = ctx.Process(target=child, args=(outer,))
            p.start()
            p.join()
            print(method, dict(sorted(inner.items())), len(outer), outer[1], type(outer[0]).__name__)
