# Replaces every hexadecimal address in a text by ADDR, for deterministic reprs.
def noaddr(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
