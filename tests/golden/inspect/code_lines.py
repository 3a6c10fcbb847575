# co_lines() and co_positions(): the set of lines they name, positions
# that span a multi-line call, and co_firstlineno/co_qualname of nested
# code; offsets are not shown (Taipan's bytecode is its own).
import sys


def sample(a, b):
    x = (a +
         b)
    if x:
        y = [x,
             a]
    else:
        y = None
    return y


lines = sorted({line for _, _, line in sample.__code__.co_lines() if line is not None})
print("co_lines lines:", lines)
positions = sorted({p for p in sample.__code__.co_positions() if p[0] is not None})
print("position lines:", sorted({p[0] for p in positions}))
print("multi-line spans:", sorted({(p[0], p[1]) for p in positions if p[1] != p[0]}))
print("x = (a + b) columns:", sorted({(p[2], p[3]) for p in positions if p[0] == 8 and p[1] == 9}))
print(sample.__code__.co_firstlineno, sample.__code__.co_qualname)

ranges = list(sample.__code__.co_lines())
print("ranges contiguous:", all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1)))
print("starts at 0:", ranges[0][0] == 0)
print("end is code length:", ranges[-1][1] == len(sample.__code__.co_code))
print("positions per code unit:", len(list(sample.__code__.co_positions())) == len(sample.__code__.co_code) // 2)


class Outer:
    def method(self):
        def inner():
            return lambda: 0
        return inner


code = Outer.method.__code__
print(code.co_qualname, code.co_firstlineno)
inner = Outer().method()
print(inner.__code__.co_qualname, inner.__code__.co_firstlineno)
print(inner().__code__.co_qualname, inner().__code__.co_name)

mod = compile("a = 1\n\nb = (a,\n     2)\n", "<mod>", "exec")
print(sorted({line for _, _, line in mod.co_lines() if line is not None}))
print(sorted({(p[0], p[1]) for p in mod.co_positions() if p[0] is not None}))
