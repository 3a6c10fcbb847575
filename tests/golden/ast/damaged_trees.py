# Random damage to parsed trees (fields replaced by junk or deleted), then
# compile(): the same exception, with the same message, as CPython, and never a crash.
import ast
import copy
import os
import random
import warnings

warnings.simplefilter('ignore')
root = '../../unit/parser_cases/'
trees = []
for name in sorted(os.listdir(root)):
    if name.endswith('.py') and not name.startswith(('eval_', 'single_')):
        with open(root + name, 'rb') as f:
            trees.append(ast.parse(f.read()))
junk = [None, 0, -1, 2**40, 'x', '', b'b', [], [None], (1,), ast.Load(), ast.Add(), ast.Pass(),
        ast.Name('q', ast.Load()), ast.Constant(1), ast.arguments(), ast.arg('z'), 1.5, [ast.Pass()],
        [ast.Name('q', ast.Load())], ast.Module([], [])]
for seed in (1, 6, 8):
    rnd = random.Random(seed)
    count = {}
    for it in range(400):
        tree = copy.deepcopy(rnd.choice(trees))
        nodes = list(ast.walk(tree))
        for _ in range(2):
            node = rnd.choice(nodes)
            fields = list(node._fields) + list(node._attributes)
            if not fields:
                continue
            field = rnd.choice(fields)
            if rnd.random() < 0.2 and hasattr(node, field):
                delattr(node, field)
            else:
                setattr(node, field, copy.deepcopy(rnd.choice(junk)))
        try:
            compile(tree, '<damaged>', 'exec')
            result = 'ok'
        except Exception as e:
            result = type(e).__name__
            print(seed, it, result, str(e).split(' at 0x')[0])
        count[result] = count.get(result, 0) + 1
    print(sorted(count.items()))
