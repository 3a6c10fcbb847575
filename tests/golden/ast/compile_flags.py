# compile()'s flags and modes around ast: PyCF_ONLY_AST, func_type, bad flags.
import ast

print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
tree = compile("x = 1", "<f>", "exec", flags=ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, "<f>", "exec", ast.PyCF_ONLY_AST) is tree)
print(type(compile("1", "<f>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(type(compile("1", "<f>", "single", ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(compile("(int) -> str", "<f>", "func_type", ast.PyCF_ONLY_AST)))
for args in [("x", "<f>", "func_type"), ("x", "<f>", "nope"), ("x", "<f>", "nope", ast.PyCF_ONLY_AST),
             ("x", "<f>", "exec", 1 << 30), (ast.Module([], []), "<f>", "eval"),
             (ast.Expression(ast.Constant(1)), "<f>", "exec"), (ast.Module([], []), "<f>", "func_type"),
             (None, "<f>", "exec"), (ast.Module([], []), "<f>", "single")]:
    try:
        print(type(compile(*args)).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(compile(ast.Module([], []), b"bytes-name", "exec")).__name__)
print(compile(ast.parse("x"), "<f>", "exec", dont_inherit=True).co_filename)
print(compile(ast.parse("y"), filename="kw.py", mode="exec").co_filename)
