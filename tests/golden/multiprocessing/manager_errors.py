# Exceptions raised inside a manager's server reach the caller, with the
# server-side traceback in the message for an unexpected method.
from _mp import contexts

if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as manager:
            d, lst = manager.dict(), manager.list([1])
            try:
                d["missing"]
            except KeyError as e:
                print(method, "KeyError", e)
            try:
                lst[5]
            except IndexError as e:
                print("IndexError", e)
            try:
                lst.remove(7)
            except ValueError as e:
                print("ValueError", e)
