cases = [
    lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: "a".count(), lambda: "a".count(x=1), lambda: "a".find(), lambda: "a".find("a", 1, 2, 3),
    lambda: "a".center(), lambda: "a".ljust(1, 2, 3), lambda: "a".zfill(), lambda: "a".zfill(1, 2), lambda: "a".partition(), lambda: "a".join(),
    lambda: "a".translate(), lambda: "a".format_map(), lambda: "a".removeprefix(), lambda: "a".replace("a"), lambda: "a".split(1, 2, 3),
    lambda: "a".splitlines(1, 2), lambda: "a".expandtabs(1, 2), lambda: "a".encode(1, 2, 3), lambda: "a".startswith(), lambda: "a".strip("a", "b"),
    lambda: str.maketrans(), lambda: "a".__format__(), lambda: "a".split(x=1), lambda: "a".encode(x="utf-8"), lambda: "a".rsplit(",", sep=","),
    lambda: "a".isalpha(1), lambda: "a".capitalize(1), lambda: "a".casefold(None),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
