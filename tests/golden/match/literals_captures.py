def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case other:
            return f"other: {other!r}"

for v in [0, 2, "hello", None, True, -1, 1.5, "bye", 99]:
    print(describe(v))
