import bisect
data = [1, 2, 2, 2, 5, 8]
for x in [0, 2, 3, 8, 9]:
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x))
print(bisect.bisect_left(data, 2, 2), bisect.bisect_right(data, 2, 0, 3))
lst = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(lst, v)
print(lst)
bisect.insort_left(lst, 5)
print(lst)
records = [("a", 1), ("b", 3), ("c", 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 7, key=lambda r: r[1]))
bisect.insort(records, ("x", 4), key=lambda r: r[1])
print(records)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
