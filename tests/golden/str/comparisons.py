pairs = [("a", "b"), ("b", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("€", "😀"), ("same", "same")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print("a" == 1, "a" != 1, "1" == 1)
for expr in ("'a' < 1", "'a' >= None", "1 > 'a'"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError", e)
print(sorted(["pear", "Apple", "banana", "apple", "é", "Zed"]))
print(max("hello"), min("hello"), sorted("hello"))
x = "abc"
print(x is x)
