# __exit__ receives (type, value, traceback) of the exception, or three Nones.
import sys

class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("nargs", len(args))
        typ, value, tb = args
        if typ is None:
            print("clean exit", value, tb)
            return False
        print(typ.__name__, repr(value), type(tb).__name__, tb.tb_lineno)
        print("same as exc_info:", sys.exc_info()[1] is value)
        print("value type", type(value) is typ)
        return True

with Inspect():
    pass
with Inspect():
    raise ValueError("v")
with Inspect():
    {}["missing"]
with Inspect():
    raise KeyboardInterrupt
with Inspect():
    1 / 0

class Custom(Exception):
    pass
with Inspect():
    raise Custom("custom", 2)

class KwExit:
    def __enter__(self): return self
    def __exit__(self, exc_type=None, exc_value=None, traceback=None):
        print("kw defaults", exc_type, exc_value, traceback)

with KwExit():
    pass

class StaticExit:
    __enter__ = lambda self: "lambda enter"
    @staticmethod
    def __exit__(*args):
        print("static exit got", len(args))
with StaticExit() as v:
    print(v)
