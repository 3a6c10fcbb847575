# ast.dump of match statements and every pattern node.
import ast

source = """
match command:
    case 1 | 2 | -3 | 1+2j:
        pass
    case None | True | False:
        pass
    case [a, *rest] if a:
        pass
    case (x, y, *_):
        pass
    case {"k": v, 1: w, **others}:
        pass
    case Point(x=0, y=yy) | Point(1, 2):
        pass
    case a.b.c:
        pass
    case str() as s:
        pass
    case _:
        pass
"""
print(ast.dump(ast.parse(source), indent=1))
print(ast.dump(ast.parse(source), include_attributes=True))
