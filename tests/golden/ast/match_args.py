# Pattern matching on nodes with positional class patterns (__match_args__).
import ast


def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return f'constant sum {a}+{b}'
        case ast.BinOp(left, op, right):
            return f'binop {type(op).__name__}'
        case ast.Call(ast.Name(id=fname), args):
            return f'call {fname} with {len(args)}'
        case ast.Name(name, ast.Store()):
            return f'store {name}'
        case ast.Name(name):
            return f'name {name}'
        case ast.Constant(value=str() as s):
            return f'string {s!r}'
        case _:
            return 'other ' + type(node).__name__


for src in ["1 + 2", "a * b", "f(1, 2)", "x", "'s'", "[1]"]:
    print(describe(ast.parse(src, mode='eval').body))
print(describe(ast.parse("y = 1").body[0].targets[0]))
print(ast.BinOp.__match_args__, ast.Name.__match_args__, ast.Load.__match_args__)
