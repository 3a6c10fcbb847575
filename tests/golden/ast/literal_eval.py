# ast.literal_eval: the values it accepts and the errors it raises.
import ast

for s in ["1", "-1", "+1.5", "1+2j", "-1-2j", "'s'", "b'b'", "[1, [2, (3,)]]", "{'a': 1, 2: [3]}",
          "{1, 2}", "set()", "None", "True", "(1,)", "()", "[]", "{}", "  1  ", "\t[1]",
          "0x10", "1_000", "...", "{'a': {'b': ()}}"]:
    print(repr(s), repr(ast.literal_eval(s)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
for s in ["x", "f()", "1 + x", "{**a}", "a.b", "[*a]", "2 ** 3", "1 - 'a'", "set(1)", "-'a'",
          "{1: 2, **x}", "(yield)", "lambda: 1", "1 +", "x = 1"]:
    try:
        ast.literal_eval(s)
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__, str(e).split(' at 0x')[0])
