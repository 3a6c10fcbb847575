# The argument errors of every unicodedata function.
import unicodedata

for name in ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition", "name", "numeric", "digit", "decimal"]:
    fn = getattr(unicodedata, name)
    for args in [(1,), ("ab",), ("",), (), (None,)]:
        try:
            fn(*args)
        except TypeError as e:
            print(name, args, e)
for args in [(), (3,), ("a", "b")]:
    try:
        unicodedata.lookup(*args)
    except TypeError as e:
        print("lookup", args, e)
