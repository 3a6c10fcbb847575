print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "€".join(["a", "😀"]))
print(", ".join(str(i) for i in range(5)), "".join({"k": 1}), "|".join(map(str.upper, ["a", "b"])))
class S(str):
    pass
print("+".join([S("a"), S("b")]))
for call in (lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: ",".join(),
             lambda: ",".join(["a"], ["b"]), lambda: ",".join([b"a"])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
