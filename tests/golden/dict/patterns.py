# Everyday dict idioms: counting, grouping, inverting, memoising, nesting.
text = """it was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print({k: sorted(set(v)) for k, v in sorted(groups.items())})
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo), list(memo)[:5])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[2, 2], sum(matrix.values()), max(matrix, key=matrix.get))
merged = {**{"x": 1}, **dict(y=2), "z": 3}
print(merged, list(merged.keys()), list(merged.values()))
config = dict(debug=False, level=3)
config.update(level=5, extra=None)
print(config, config.pop("extra"), "extra" in config)
pairs = list(zip("abc", range(3)))
print(dict(pairs), dict(reversed(pairs)), dict(sorted(pairs, reverse=True)))
