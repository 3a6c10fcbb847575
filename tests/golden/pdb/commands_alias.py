# pdb aliases with %1 arguments and %*, unalias, the `commands` list of a
# breakpoint with silent and end, `interact`-free evaluation of
# expressions and `args` (commands_alias.in).
import pdb


def work(a, b=2, *rest, **kw):
    result = a + b + sum(rest)
    return result


pdb.set_trace()
for n in range(3):
    work(n, 1, 5, flag=True)
print("finished")
