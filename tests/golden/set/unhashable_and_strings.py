# Unhashable members, and sets of strings (printed sorted: string hashes
# change between runs).
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: {[1]})
attempt(lambda: {{}})
attempt(lambda: {{1}})
attempt(lambda: set([[1], [2]]))
attempt(lambda: hash(set()))
attempt(lambda: {1} & 1)
words = set("the cat sat on the mat".split())
print(sorted(words), len(words), "cat" in words, "dog" in words)
print(sorted(words | {"dog"}), sorted(words - {"the", "on"}), sorted(words & {"mat", "hat"}))
print(sorted(set("hello world")), sorted(frozenset("abcabc")))
