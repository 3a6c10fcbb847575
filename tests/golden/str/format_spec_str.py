specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*<5", "-^7", "€>4", "05", "010s", ".2", "8.3", "<8.3", ".0", ">1", "0<4", "😀^5"]
for sp in specs:
    for s in ["abc", "", "é€😀"]:
        print(repr(sp), repr(s), repr(format(s, sp)))
for sp in ["+", "-", " ", "=5", "#", ",", "_", "d", "x", "z", "5.", "5.2.1", "abc"]:
    try:
        print(repr(format("abc", sp)))
    except Exception as e:
        print(repr(sp), type(e).__name__, e)
print(repr("abc".__format__("^7")), repr(str.__format__("x", ">3")))
try:
    "abc".__format__(5)
except TypeError as e:
    print("TypeError", e)
