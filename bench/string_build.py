# String building: concatenation, join, f-strings, methods.
def run():
    parts = []
    for i in range(200000):
        s = f"item-{i}:" + str(i * 3)
        if s.endswith("9"):
            s = s.upper()
        parts.append(s)
    text = ",".join(parts)
    acc = ""
    for i in range(20000):
        acc += "ab"
    return len(text), text.count("ITEM"), len(acc), text[1000:1010]

print(run())
