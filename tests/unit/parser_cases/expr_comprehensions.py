[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x for x in y for z in x]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x for x, in y]
[x for *a, b in y]
[[y for y in x] for x in z]
[x async for x in y]
[await x for x in y]
