# compile() of malformed ast trees: CPython's TypeError / ValueError messages,
# from the conversion (missing fields, wrong types) and from the validator.
import ast


def attempt(tree, mode='exec'):
    try:
        code = compile(tree, '<tree>', mode)
        print('ok', type(code).__name__)
    except Exception as e:
        print(type(e).__name__, e)


def M(*body):
    return ast.Module(body=list(body), type_ignores=[])


def E(value):
    return ast.Expr(value, lineno=1, col_offset=0)


def at(node):
    node.lineno, node.col_offset = 1, 0
    return node


class Odd:
    def __repr__(self):
        return '<odd>'


name = lambda s='x', ctx=None: at(ast.Name(s, ctx or ast.Load()))
one = lambda: at(ast.Constant(1))
attempt(M(E(name())))
attempt(M(ast.Expr(name())))
attempt(M(E(ast.Name('x', ast.Load(), col_offset=0))))
attempt(M(E(ast.Name('x', ast.Load(), lineno='a', col_offset=0))))
attempt(M(E(ast.Name('x', ast.Load(), lineno=2**70, col_offset=0))))
attempt(M(E(at(ast.Name('x')))))
attempt(M(E(at(ast.Name(None, ast.Load())))))
attempt(M(E(at(ast.Name(5, ast.Load())))))
attempt(M(E(at(ast.Name('x', None)))))
attempt(M(E(at(ast.Name('x', Odd())))))
attempt(M(E(name('x', ast.Store()))))
attempt(M(E(5)))
attempt(M(E(Odd())))
attempt(M(E(None)))
attempt(M(E(at(ast.BoolOp(ast.And(), (1, 2))))))
attempt(M(E(at(ast.BoolOp(ast.And(), [])))))
attempt(M(E(at(ast.BoolOp(ast.And(), [one()])))))
attempt(M(E(at(ast.Constant([1])))))
attempt(M(E(at(ast.Constant((1, [2]))))))
attempt(M(E(at(ast.Constant((1, 2, frozenset({3}), 1 + 2j, 2**100, b'x', ..., None, True, 'é'))))))
attempt(ast.Module(body=[]))
attempt(ast.Module(body=[], type_ignores=[]))
attempt(ast.Module(body=5, type_ignores=[]))
attempt(ast.Expression(body=name()))
attempt(ast.Expression(body=name()), 'eval')
attempt(ast.Expression(body=None), 'eval')
attempt(ast.Expression(), 'eval')
attempt(5)
attempt(name())
no_args = lambda: ast.arguments([], [], None, [], [], None, [])
attempt(M(at(ast.FunctionDef('f', no_args(), [], []))))
attempt(M(at(ast.If(one(), [], []))))
attempt(M(at(ast.Delete([]))))
attempt(M(E(at(ast.Compare(one(), [], [])))))
attempt(M(E(at(ast.Compare(one(), [ast.Eq()], [])))))
attempt(M(E(at(ast.Compare(one(), [ast.Eq()], [one(), one()])))))
attempt(M(E(at(ast.List([None], ast.Load())))))
attempt(M(E(at(ast.BinOp(one(), Odd(), one())))))
attempt(M(E(name('None'))))
attempt(M(E(name('True'))))
attempt(M(at(ast.Try([at(ast.Pass())], [], [], []))))
attempt(M(at(ast.Try([at(ast.Pass())], [], [at(ast.Pass())], [at(ast.Pass())]))))
attempt(M(at(ast.TryStar([at(ast.Pass())], [], [], []))))
attempt(M(at(ast.ImportFrom('m', [at(ast.alias('x'))], -1))))
attempt(M(at(ast.ImportFrom('m', [ast.alias('x')], 0))))
attempt(M(at(ast.With([], [at(ast.Pass())]))))
attempt(M(E(at(ast.Dict([None], [])))))
attempt(M(E(at(ast.Constant('x', 5)))))
attempt(M(E(at(ast.FormattedValue(at(ast.Constant('x')), 'a', None)))))
posargs = ast.arguments([], [at(ast.arg('a'))], None, [], [], None, [one(), one()])
attempt(M(E(at(ast.Lambda(posargs, one())))))
kwargs = ast.arguments([], [], None, [at(ast.arg('a'))], [], None, [])
attempt(M(E(at(ast.Lambda(kwargs, one())))))
attempt(M(E(at(ast.Lambda(ast.arguments([], [ast.arg('a')], None, [], [], None, []), one())))))


class MyName(ast.Name):
    pass


attempt(M(E(at(MyName('x', ast.Load())))))
attempt(M(E(ast.Name('x', ast.Load(), lineno=1, col_offset=0, end_lineno=None, end_col_offset=None))))
code = compile(M(ast.Expr(ast.Name('x', ast.Load(), lineno=3, col_offset=4), lineno=3, col_offset=4)), 't', 'exec')
print(list(code.co_positions())[1:])
attempt(M(at(ast.Expr(at(ast.Yield())))))
attempt(M(at(ast.Pass())))
attempt(ast.Interactive([at(ast.Pass())]), 'single')
attempt(ast.Interactive([at(ast.Pass())]), 'exec')
attempt(ast.FunctionType([], name()), 'func_type')
attempt(ast.Expression(name()), 'bogus')
attempt(M(at(ast.Global([]))))
attempt(M(at(ast.Nonlocal([]))))
attempt(M(E(at(ast.Starred(name(), ast.Load())))))
attempt(M(at(ast.Assign([name()], one()))))
attempt(M(at(ast.Assign([], one()))))
attempt(M(at(ast.AugAssign(name('x', ast.Store()), ast.Add(), one()))))
attempt(M(at(ast.AnnAssign(at(ast.Attribute(name(), 'a', ast.Store())), name(), None, 1))))
attempt(M(E(at(ast.Call(name('f'), [], [ast.keyword('a', None)])))))
attempt(M(at(ast.Match(name(), []))))
attempt(M(at(ast.Raise(None, one()))))
attempt(M(E(at(ast.ListComp(one(), [])))))
attempt(M(E(at(ast.Attribute(one(), 'a', ast.Del())))))
attempt(M(at(ast.Delete([one()]))))
attempt(M(at(ast.For(name('x', ast.Store()), one(), [], [], None))))
attempt(M(at(ast.Assert(one(), one()))))
attempt(M(at(ast.If(one(), [None], []))))
attempt(M(at(ast.If(one(), [at(ast.Pass())], [Odd()]))))
attempt(M(E(at(ast.Constant(1, lineno=5)))))
attempt(M(E(at(ast.Set(elts=[one()], extra=1)))))


def positions(node):
    attempt(ast.fix_missing_locations(M(node)))


positions(ast.Pass(lineno=2, col_offset=5, end_lineno=2, end_col_offset=3))
positions(ast.Pass(lineno=-1, col_offset=5, end_lineno=2, end_col_offset=3))
positions(ast.Pass(lineno=1, col_offset=-5, end_lineno=2, end_col_offset=3))
positions(ast.Expr(ast.Name('x', ast.Load(), lineno=3, col_offset=1, end_lineno=2, end_col_offset=0),
                   lineno=1, col_offset=0))
positions(ast.Match(name(), [ast.match_case(ast.MatchAs(lineno=2, col_offset=4, end_lineno=2, end_col_offset=1),
                                            None, [at(ast.Pass())])], lineno=1, col_offset=0))
positions(ast.FunctionDef('f', ast.arguments([], [ast.arg('a', lineno=3, col_offset=1, end_lineno=2,
                                                          end_col_offset=0)], None, [], [], None, []),
                          [at(ast.Pass())], [], lineno=1, col_offset=0))
positions(ast.Expr(ast.Call(name('print'), [ast.Constant('hi')], []), lineno=3, col_offset=2))
attempt(M(at(ast.Match(name(), [ast.match_case(ast.MatchAs(lineno=2, col_offset=4), None, [at(ast.Pass())])]))))
attempt(M(at(ast.Match(name(), [ast.match_case(ast.MatchAs(lineno=2, col_offset=4, end_lineno=None, end_col_offset=5),
                                               None, [at(ast.Pass())])]))))
