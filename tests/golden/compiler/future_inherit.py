# __future__ features are carried in co_flags and inherited by compile(),
# exec() and eval() unless dont_inherit is given; codeop's Compile keeps them.
from __future__ import annotations
import codeop


def f(x: Undefined) -> Nope:
    def inner(y: Inner): pass
    return inner


print(f.__annotations__, hex(f.__code__.co_flags), f(1).__annotations__, hex(f(1).__code__.co_flags))
exec("def g(a: Q): pass")
print(g.__annotations__)
print(hex(compile("def h(a: Z): pass", "s", "exec").co_flags))
print(hex(compile("def h(a: Z): pass", "s", "exec", dont_inherit=True).co_flags))
print(hex(compile("x = 1", "s", "exec", 0, 0).co_flags), hex(compile("x", "s", "eval", 0, True).co_flags))
try:
    exec(compile("def h(a: Z): pass", "s", "exec", dont_inherit=True))
except NameError as e:
    print("NameError", e)
print(eval("1 + 1"), eval("(lambda v: v)(3)"))
cc = codeop.CommandCompiler()
print(cc("x = 1") is not None, cc.compiler.flags & 0x1000000 != 0)
cc2 = codeop.CommandCompiler()
exec(cc2("from __future__ import annotations"))
print(cc2.compiler.flags & 0x1000000 != 0)
print(cc2("def k(a: W): pass"))
exec(cc2("def k(a: W): pass\n"))
print(k.__annotations__)
