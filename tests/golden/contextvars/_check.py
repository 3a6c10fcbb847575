# Shared helper for the contextvars tests: prints a call's result or its
# exception, with object addresses masked.
def mask(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            out.append("0x?")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", mask(str(e)))
    else:
        print(mask(repr(r)))
