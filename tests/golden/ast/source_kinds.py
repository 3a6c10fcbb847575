# A str source ignores its coding declaration and keeps a BOM as a character;
# bytes honour both (ast.parse, compile, eval, exec).
import ast

print(ast.dump(ast.parse("# coding: latin-1\nx = 'é'")))
print(ast.dump(ast.parse("# coding: latin-1\nx = 'é'".encode('latin-1'))))
print(ast.dump(ast.parse(b"\xef\xbb\xbfx = 1")))
print(ast.dump(ast.parse(bytearray(b"y = 2"))))
print(eval(compile("# coding: latin-1\n'é'", "s", "eval")))
print(eval(compile("# coding: latin-1\n'é'".encode('latin-1'), "s", "eval")))
print(eval("# coding: latin-1\n'é'"))
ns = {}
exec("# -*- coding: cp1252 -*-\nv = '€'", ns)
print(ns['v'])
exec("# -*- coding: cp1252 -*-\nv = '€'".encode('cp1252'), ns)
print(ns['v'])
for source in ["\ufeffx = 1", b"# coding: bogus\nx = 1"]:
    try:
        ast.parse(source)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
