a = "abc"
print(a + "def", a + "", "" + a, a * 3, 3 * a, a * 0, a * -1, repr("" * 5))
print("é" + "€", "😀" * 3, ("ab" + "ç") * 2)
s = "x"
s += "y"
s *= 3
print(s)
for expr in ("a + 1", "1 + a", "a * 'b'", "a * 1.5", "a + None", "[1] + a", "a - 'b'", "-a", "a / 2", "a * (2**100)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(a * True, a * False)
