# ast.parse in each mode, and the SyntaxErrors it raises.
import ast

print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("if x:\n    y\n", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(ast.parse("(*int) -> None", mode="func_type")))
print(ast.dump(ast.parse("(a, *b, **c) -> d", mode="func_type")))
print(ast.dump(ast.parse("(**c) -> d", mode="func_type")))
print(ast.dump(ast.parse(b"x = '\xc3\xa9'")))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse("# just a comment\n")))
for source, mode in [("x = ", "exec"), ("x = 1\n", "eval"), ("a b\n", "eval"), ("a\nb", "single"),
                     ("  x", "exec"), ("f(\n", "exec"), ("x", "bogus"), ("(a, b,) -> c", "func_type"),
                     ("(*a, b) -> c", "func_type"), ("(**a, *b) -> c", "func_type")]:
    try:
        ast.parse(source, "<src>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0], getattr(e, 'lineno', None), getattr(e, 'offset', None))
tree = compile("a = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, isinstance(tree, ast.AST), isinstance(tree, ast.mod))
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)
