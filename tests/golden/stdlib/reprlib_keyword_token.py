# reprlib (size-limited reprs, recursive_repr, a custom Repr), keyword and
# token constants, and tokenize of tricky source (f-strings, continuation,
# operators, encoding detection, errors).
import io
import keyword
import reprlib
import token
import tokenize

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
print(r.repr(list(range(100))), r.repr("x" * 50), r.repr({"a": [1, [2, [3, [4]]]]}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(20))), reprlib.repr(frozenset("abcdefgh")))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(10 ** 50), reprlib.repr(b"y" * 80))
print(reprlib.aRepr.maxdict, reprlib.repr(array := __import__("array").array("i", range(10))))


class MyRepr(reprlib.Repr):
    def repr_Node(self, obj, level):
        return f"Node({obj.name})"


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr(fillvalue="<...>")
    def __repr__(self):
        return f"Node({self.name}, {self.children!r})"


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(repr(n), MyRepr().repr([Node("a"), Node("b")]))

print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(keyword.softkwlist, keyword.kwlist[:5])
print(token.tok_name[token.NAME], token.NUMBER, token.EXACT_TOKEN_TYPES["**="], token.ISTERMINAL(token.OP),
      token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))

SRC = '''# coding: utf-8
def f(a, *, b=1e-3, **kw) -> "str":
    x = f"{a!r:>{b}} {{lit}}" + rb'raw' \\
        + 0x_ff_ff
    return x @ y if a >= 2 else ...
async def g(): await h()
'''
for tok in tokenize.generate_tokens(io.StringIO(SRC).readline):
    print(tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
toks = list(tokenize.tokenize(io.BytesIO("s = 'é'\n".encode()).readline))
print(toks[0].string, [t.string for t in toks[1:5]])
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("a=(1,\n 2)\n").readline)]))
for bad in ['"""never closed\n', "(1,\n2\n", "  x = 1\n y = 2\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args[0])
