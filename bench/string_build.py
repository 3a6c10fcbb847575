# String building: concatenation, join, f-strings, methods.
import sys


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

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 8
for _ in range(reps):
    result = run()
print(result, reps)
