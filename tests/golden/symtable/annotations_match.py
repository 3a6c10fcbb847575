# symtable: annotations (evaluated, and kept as text under the __future__
# import), match-statement captures, try/except and with targets, and
# private name mangling in classes.
import symtable

PLAIN = '''
def area(shape: Shape, scale: float = 1.0) -> float:
    size: int = 0
    match shape:
        case Circle(radius=r):
            size = r * r
        case {"w": w, "h": h, **rest}:
            size = w * h
        case [first, *others] if first:
            size = len(others)
        case Point(x=0) | Point(y=0) as axis:
            size = axis
    try:
        check(size)
    except ValueError as err:
        log(err)
    with open(path) as fh, lock:
        fh.write(size)
    for i, (a, b) in enumerate(pairs):
        del a
    return size * scale
'''

FUTURE = '''from __future__ import annotations
x: Undefined = 1
def f(a: Missing) -> AlsoMissing:
    local: Nowhere
    return a
class K:
    attr: ClassVar[int]
    __hidden = 1
    def m(self):
        return self.__hidden, __other
'''


def dump(table, depth=0):
    pad = "  " * depth
    print(f"{pad}{table.get_type()} {table.get_name()}")
    for name in sorted(table.get_identifiers()):
        s = table.lookup(name)
        print(f"{pad}  {name} local={s.is_local()} global={s.is_global()} "
              f"annotated={s.is_annotated()} assigned={s.is_assigned()} used={s.is_referenced()}")
    for c in table.get_children():
        dump(c, depth + 1)


dump(symtable.symtable(PLAIN, "plain.py", "exec"))
dump(symtable.symtable(FUTURE, "future.py", "exec"))
