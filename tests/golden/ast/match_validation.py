# The validator's checks of match patterns: literal values, singletons, stars,
# captures, class and mapping patterns.
import ast
def t(v):
    m = ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchValue(v), None, [ast.Pass()])])
    tree = ast.fix_missing_locations(ast.Module([m], []))
    for n in ast.walk(tree):
        if isinstance(n, ast.pattern): n.end_lineno, n.end_col_offset = 1, 0
    try: compile(tree, 's', 'exec'); print('ok', ast.unparse(v))
    except Exception as e: print(type(e).__name__, e, '|', ast.unparse(v))
C = ast.Constant
for v in [ast.BinOp(C(1), ast.Add(), C(7)), ast.BinOp(C(1), ast.Add(), C(7j)), ast.BinOp(C(1.5), ast.Sub(), C(7j)),
          ast.BinOp(C(1j), ast.Add(), C(7j)), ast.BinOp(C(1), ast.Mult(), C(7j)), ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), C(7j)),
          ast.BinOp(ast.UnaryOp(ast.USub(), C(1)), ast.Sub(), C(2j)), ast.UnaryOp(ast.USub(), C(1)), ast.UnaryOp(ast.UAdd(), C(1)),
          ast.UnaryOp(ast.USub(), ast.Name('a', ast.Load())), ast.UnaryOp(ast.USub(), C(1j)), ast.UnaryOp(ast.USub(), C('s')),
          C((1, 2)), C(True), C(...), C(2**80), ast.JoinedStr([C('a')]), ast.Name('a', ast.Load()),
          ast.BinOp(C('a'), ast.Add(), C('b')), ast.BinOp(C(True), ast.Add(), C(1j))]:
    t(v)


def p(pattern):
    m = ast.Match(ast.Name('x', ast.Load()), [ast.match_case(pattern, None, [ast.Pass()])])
    tree = ast.fix_missing_locations(ast.Module([m], []))
    for n in ast.walk(tree):
        if isinstance(n, ast.pattern):
            n.end_lineno, n.end_col_offset = 1, 0
    try:
        compile(tree, 's', 'exec')
        print('ok', ast.unparse(pattern))
    except Exception as e:
        print(type(e).__name__, e)


N = lambda s: ast.Name(s, ast.Load())
p(ast.MatchSingleton(1))
p(ast.MatchSingleton(None))
p(ast.MatchStar('a'))
p(ast.MatchSequence([ast.MatchStar('a'), ast.MatchStar(None)]))
p(ast.MatchSequence([ast.MatchStar('_')]))
p(ast.MatchAs(ast.MatchAs(), None))
p(ast.MatchAs(None, '_'))
p(ast.MatchAs(None, 'None'))
p(ast.MatchOr([ast.MatchAs()]))
p(ast.MatchOr([ast.MatchValue(C(1)), ast.MatchValue(C(2))]))
p(ast.MatchClass(C(1), [], [], []))
p(ast.MatchClass(ast.Attribute(N('a'), 'b', ast.Load()), [], [], []))
p(ast.MatchClass(N('a'), [], ['x'], []))
p(ast.MatchClass(N('a'), [], ['True'], [ast.MatchAs()]))
p(ast.MatchMapping([C(1)], [], None))
p(ast.MatchMapping([C(None), C(True)], [ast.MatchAs(), ast.MatchAs()], 'rest'))
p(ast.MatchMapping([N('a')], [ast.MatchAs()], None))
p(ast.MatchMapping([], [], '_'))
