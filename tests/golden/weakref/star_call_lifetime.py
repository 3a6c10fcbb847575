# Arguments passed through f(*args, **kwargs) die once the call is over (the
# argument tuple of CALL_FUNCTION_EX used to leak a reference).
import weakref


class Obj:
    pass


def take(*args, **kwargs):
    return len(args) + len(kwargs)


def forward(*args, **kwargs):
    return take(*args, **kwargs)


for label, call in [
    ("tuple", lambda o: take(*(o,))),
    ("list", lambda o: take(*[o])),
    ("kwargs", lambda o: take(**{"x": o})),
    ("both", lambda o: take(*[o], **{"y": o})),
    ("forward", lambda o: forward(o, z=o)),
    ("builtin", lambda o: isinstance(*(o, Obj))),
]:
    o = Obj()
    r = weakref.ref(o)
    print(label, call(o), end=" ")
    del o
    print(r() is None)
