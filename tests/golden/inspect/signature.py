# inspect.signature and its str: every parameter kind, defaults, annotations, bind, replace, builtins.
import inspect
from inspect import Parameter, Signature, signature


def f(a, b: int = 2, /, c=3, *args: str, d, e: "E" = None, **kw) -> bool:
    pass


sig = signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is Parameter.empty, p.annotation)
print(sig.return_annotation)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sig.bind_partial(1)
ba2.apply_defaults()
print(ba2)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
print(signature(lambda x, *, y=1: 0))
print(sig.replace(return_annotation=Signature.empty))
new = Signature([Parameter("x", Parameter.POSITIONAL_ONLY), Parameter("y", Parameter.KEYWORD_ONLY, default=0)])
print(new)
try:
    Signature([Parameter("x", Parameter.KEYWORD_ONLY), Parameter("y", Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError", e)


class C:
    def m(self, x, y=1):
        pass

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(q):
        pass

    def __call__(self, k):
        pass


print(signature(C.m), signature(C().m), signature(C.cm), signature(C.sm), signature(C()), signature(C))
import functools


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(signature(wrapper), signature(functools.partial(f, 1, d=0)))
print(signature(len), signature(sorted), signature(divmod))
print(signature(dict.get), signature(str.split))
