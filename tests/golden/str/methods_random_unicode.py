# str methods over random strings mixing ASCII, Latin-1, special casings,
# titlecase digraphs, wide and combining characters: every result as CPython.
import random
random.seed(9)
alphabet = "aAbBzZ09 _-.,;:\t\n\r\x0b\x0cßéÉıİǅΣσςﬁ½²٣ 　𝔘😀\u0301\u200b"
def rs(n=None):
    return "".join(random.choice(alphabet) for _ in range(n if n is not None else random.randint(0, 12)))
methods0 = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines",
            "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "istitle", "islower", "isupper", "isidentifier", "isprintable", "isascii", "expandtabs"]
out = []
for _ in range(120):
    s = rs()
    for m in methods0:
        out.append(f"{m} {getattr(s, m)()!r}")
    t = rs(random.randint(0, 3))
    for m in ["find", "rfind", "count", "startswith", "endswith", "split", "rsplit", "partition", "rpartition", "strip", "removeprefix", "removesuffix"]:
        try:
            out.append(f"{m} {getattr(s, m)(t)!r}")
        except ValueError as e:
            out.append(f"{m} ValueError {e}")
    out.append(repr(s.replace(t, "XY") if t else s) + " " + repr(s.center(15, "*")) + " " + repr(s.zfill(10)) + ascii(s))
    out.append(repr(s.encode("utf-8", "surrogatepass")) + repr(s.encode("latin-1", "replace")) + repr(s.encode("ascii", "backslashreplace")))
    out.append(repr(sorted(s)) + repr(s[::-2]) + repr(s < t) + str(hash(s) == hash(s[:] )))
    out.append(repr(s.split(None, 1)) + repr(s.rsplit(None, 1)) + repr(s.splitlines(True)))
print("\n".join(out))
