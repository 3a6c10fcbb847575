# symtable: comprehensions, generator expressions, lambdas and assignment
# expressions each get their own block; the walrus binds in the enclosing
# function.
import symtable

SOURCE = '''
def stats(rows, threshold):
    squares = [r * r for r in rows if r > threshold]
    lookup = {k: v for k, v in enumerate(rows)}
    unique = {abs(r) for r in rows}
    lazy = (r + offset for r in rows for offset in range(3))
    picked = [last := r for r in rows]
    key = lambda item, scale=2: item * scale + threshold
    nested = [[c for c in row] for row in rows]
    return squares, lookup, unique, lazy, picked, last, key, nested

total = sum(x for x in range(10))
found = any((hit := y) > 5 for y in range(10))
'''


def walk(table, depth=0):
    pad = "  " * depth
    names = sorted(table.get_identifiers())
    print(f"{pad}{table.get_type()} {table.get_name()} line {table.get_lineno()}")
    for name in names:
        sym = table.lookup(name)
        kinds = []
        if sym.is_parameter():
            kinds.append("param")
        if sym.is_local():
            kinds.append("local")
        if sym.is_free():
            kinds.append("free")
        if sym.is_global():
            kinds.append("global")
        if sym.is_nonlocal():
            kinds.append("nonlocal")
        if sym.is_referenced():
            kinds.append("used")
        if sym.is_assigned():
            kinds.append("assigned")
        print(f"{pad}  {name}: {','.join(kinds)}")
    for child in table.get_children():
        walk(child, depth + 1)


top = symtable.symtable(SOURCE, "stats.py", "exec")
walk(top)
stats = top.get_children()[0]
print([c.get_name() for c in stats.get_children()])
print(sorted(stats.get_locals()))
print(sorted(stats.get_children()[0].get_parameters()))

expr = symtable.symtable("[a + b for a in c]", "<expr>", "eval")
walk(expr)
single = symtable.symtable("q = lambda: q\n", "<stdin>", "single")
walk(single)
