for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("αβγβα".partition("β"), "αβγβα".rpartition("β"), "x->y->z".partition("->"), "x->y->z".rpartition("->"))
for call in (lambda: "a".partition(""), lambda: "a".partition(1), lambda: "a".rpartition(""), lambda: "a".partition(),
             lambda: "a".partition("a", "b")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
