# compile() and exec of statement trees built in Python, including shapes no
# source text makes (simple=0 names, handlers without types, level-only imports).
import ast

C = ast.Constant
N = lambda s, c=None: ast.Name(s, c or ast.Load())
S = lambda s: ast.Name(s, ast.Store())
P = lambda *a: ast.Expr(ast.Call(N('print'), list(a), []))


def run(*body):
    tree = ast.fix_missing_locations(ast.Module(list(body), []))
    ns = {}
    try:
        exec(compile(tree, '<s>', 'exec'), ns)
        print('ran', sorted(k for k in ns if k != '__builtins__'))
    except Exception as e:
        print(type(e).__name__, e)


run(ast.Assign([S('a'), S('b')], C(1)), P(N('a'), N('b')))
run(ast.AnnAssign(S('a'), N('int'), C(2), 0), P(N('a')))
run(ast.AnnAssign(S('a'), N('int'), None, 1), P(N('__annotations__')))
run(ast.AnnAssign(S('a'), N('int'), None, 0), P(C('no annotation stored')))
run(ast.Try([ast.Expr(ast.BinOp(C(1), ast.Div(), C(0)))], [ast.ExceptHandler(None, 'e', [P(N('e'))])], [], []))
run(ast.Try([ast.Raise(N('ValueError'), None)], [ast.ExceptHandler(N('ValueError'), None, [P(C('caught'))])],
            [], [P(C('finally'))]))
run(ast.ClassDef('K', [], [ast.keyword(None, ast.Dict([C('metaclass')], [N('type')]))], [ast.Pass()], []),
    P(N('K')))
run(ast.ImportFrom(None, [ast.alias('x')], 2))
run(ast.ImportFrom('keyword', [ast.alias('*')], 0), P(C('star import ok')))
run(ast.Import([ast.alias('os.path', 'p')]), P(N('p').__class__.__name__ and C('imported')))
run(ast.With([ast.withitem(ast.Call(N('open'), [C('/dev/null')], []), ast.Tuple([], ast.Store()))], [ast.Pass()]))
run(ast.For(ast.Tuple([S('i'), S('j')], ast.Store()), ast.List([ast.Tuple([C(1), C(2)], ast.Load())], ast.Load()),
            [P(N('i'), N('j'))], [P(C('else'))]))
run(ast.While(C(0), [ast.Pass()], [P(C('while else'))]))
run(ast.Delete([ast.Subscript(N('x'), C(0), ast.Del())]))
run(ast.Global(['g']), ast.Assign([S('g')], C(1)))
run(ast.Nonlocal(['q']))
run(ast.Return(C(1)))
run(ast.Expr(ast.Await(C(1))))
run(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [ast.Return(ast.Yield(C(1)))], [], None),
    P(ast.Call(N('list'), [ast.Call(N('f'), [], [])], [])))
run(ast.AsyncFunctionDef('g', ast.arguments([], [], None, [], [], None, []), [ast.Return(C(7))], [], None),
    P(ast.Attribute(N('g'), '__name__', ast.Load())))
run(ast.Match(C(3), [ast.match_case(ast.MatchValue(C(3)), None, [P(C('three'))])]))
run(ast.Match(C((1, 2)), [ast.match_case(ast.MatchSequence([ast.MatchAs(None, 'a'), ast.MatchStar('r')]),
                                          ast.Compare(N('a'), [ast.Eq()], [C(1)]), [P(N('a'), N('r'))])]))
run(ast.Match(ast.Dict([C('k')], [C(1)]), [ast.match_case(ast.MatchMapping([C('k')], [ast.MatchAs(None, 'v')], 'rest'),
                                                         None, [P(N('v'), N('rest'))])]))
run(ast.Match(C(1), [ast.match_case(ast.MatchClass(N('int'), [ast.MatchAs(None, 'n')], [], []), None, [P(N('n'))])]))
run(ast.Match(C(None), [ast.match_case(ast.MatchSingleton(None), None, [P(C('none'))])]))
run(ast.Match(C(2), [ast.match_case(ast.MatchOr([ast.MatchValue(C(1)), ast.MatchValue(C(2))]), None, [P(C('or'))])]))
run(ast.Assert(C(0), C('message')))
run(ast.If(C(1), [ast.Break()], []))
run(ast.Expr(ast.Yield(None)))
