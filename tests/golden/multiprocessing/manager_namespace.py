# Manager Namespace attributes set in a child are seen by the parent; a
# missing attribute raises AttributeError.
from _mp import contexts


def work(ns):
    ns.total = ns.base * 2
    ns.name = "child"


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as manager:
            ns = manager.Namespace(base=21)
            p = ctx.Process(target=work, args=(ns,))
            p.start()
            p.join()
            print(method, ns.base, ns.total, ns.name)
            try:
                ns.missing
            except AttributeError as e:
                print("AttributeError", e)
            del ns.name
            print(repr(ns).startswith("Namespace("))
