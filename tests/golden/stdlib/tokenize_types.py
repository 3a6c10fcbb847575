# tokenize, token, keyword; types helpers (new_class, prepare_class, SimpleNamespace, MappingProxyType, DynamicClassAttribute, coroutine).
import io
import keyword
import token
import tokenize
import types

src = "def f(x):\n    return x + 1  # c\ns = f'{x!r}' \"\"\"doc\"\"\"\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print([t.string for t in tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline)][:3])
print(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1")]))
try:
    list(tokenize.generate_tokens(io.StringIO("(\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print(token.OP, token.EXACT_TOKEN_TYPES["->"] == token.RARROW, token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER))
Meta = types.new_class("Meta", (type,), {})
C = types.new_class("C", (object,), {"metaclass": Meta}, lambda ns: ns.update(x=1))
print(C, type(C).__name__, C.x, types.prepare_class("D", (C,), {})[0].__name__)
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(b=[2], a=1), repr(types.SimpleNamespace()))
mp = types.MappingProxyType({"k": 1})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
print(mp, mp.get("k"), list(mp.items()), mp | {"z": 0})
print(types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType("m", "doc"), types.NoneType, types.EllipsisType)
print(types.resolve_bases((int, types.SimpleNamespace)), isinstance(len, types.BuiltinMethodType))


@types.coroutine
def gen_coro():
    yield 1


print(type(gen_coro()).__name__, gen_coro.__code__.co_flags & 0x100 != 0)
m = types.MethodType(lambda self: self, 5)
print(m(), m.__self__)
