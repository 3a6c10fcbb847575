# Every program of the parser's unit tests through ast.parse and
# ast.dump(include_attributes=True), compared with CPython's directly, and
# through ast.unparse and back.
import ast
import os
import warnings

warnings.simplefilter('ignore')
root = '../../unit/parser_cases/'
for name in sorted(os.listdir(root)):
    if not name.endswith('.py'):
        continue
    with open(root + name, 'rb') as f:
        data = f.read()
    try:
        source = data.decode('utf-8-sig')
    except UnicodeDecodeError:
        source = data
    mode = 'eval' if name.startswith('eval_') else 'single' if name.startswith('single_') else 'exec'
    tree = ast.parse(source, mode=mode)
    print(name)
    print(ast.dump(tree, include_attributes=True))
    try:
        again = ast.parse(ast.unparse(tree), mode=mode)
        print('unparse round trip:', ast.dump(again) == ast.dump(tree))
    except (SyntaxError, LookupError) as e:
        print('unparse:', type(e).__name__, e)
