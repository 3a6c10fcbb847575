# compile() in "single" mode at the end of the input: compound statements
# need a newline after their last line, the flags codeop passes ("incomplete
# input", open blocks), and the text of "never closed" errors.
CASES = ["if 1: pass", "if 1: pass\n", "if 1: pass\n\n", "def k(): pass", "if 1:\n  pass", "if 1:\n  pass\n",
         "x = 1", "x = 1\n", "for x in y: pass\n", "1 1", "x = ", "f(**)", '"""open', "foo(", "a = (1,\n"]
for s in CASES:
    for fl in (0, 0x200, 0x4200):
        try:
            compile(s, "s", "single", fl)
            print(repr(s), fl, "ok")
        except SyntaxError as e:
            print(repr(s), fl, e.args)
for s in ['foo(1 2\n', 'foo(1 2', 'x = [1,\n2,\n', 'x = (1,\n  2']:
    for m in ('exec', 'single', 'eval'):
        try:
            compile(s, '<i>', m)
        except SyntaxError as e:
            print(repr(s), m, e.args)
for s in ['x = [1,\n2,\n', 'x = [1,\n  2', 'x = [1,\n  2\n\n', 'f(a,\n\n', '(\n']:
    try:
        compile(s, 's', 'single', 0x4200)
    except SyntaxError as e:
        print(repr(s), e.args)
