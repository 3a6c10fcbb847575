# graphlib.TopologicalSorter (static order, the prepare/get_ready/done
# protocol, cycle errors), heapq (merge, nlargest with keys, heappushpop)
# and bisect with key functions for a schedule.
import bisect
import heapq
from graphlib import CycleError, TopologicalSorter

deps = {"app": {"lib", "config"}, "lib": {"core"}, "config": {"core"}, "tests": {"app"}, "core": set()}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("core") < order.index("lib") < order.index("app") < order.index("tests"), len(order))

ts = TopologicalSorter()
for node, preds in sorted(deps.items()):
    ts.add(node, *sorted(preds))
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
try:
    ts.add("late")
except ValueError as e:
    print("ValueError", e)
cyc = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyc.prepare()
except CycleError as e:
    print("CycleError", e.args[0], sorted(set(e.args[1])), e.args[1][0] == e.args[1][-1])
t2 = TopologicalSorter({"x": {"y"}})
t2.prepare()
try:
    t2.done("x")
except ValueError as e:
    print("ValueError", e)
try:
    t2.prepare()
except ValueError as e:
    print("ValueError", e)

h = []
for item in [(5, "write"), (1, "wake"), (3, "eat"), (2, "dress"), (4, "work")]:
    heapq.heappush(h, item)
print(heapq.heappop(h), heapq.heappushpop(h, (0, "snooze")), heapq.heapreplace(h, (9, "sleep")))
print(sorted(h), h[0])
data = [7, 1, 8, 3, 9, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(3)])
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=str.lower), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["z", "b"], ["y", "a"], key=None, reverse=True)))
print(list(heapq.merge([(1, "a"), (3, "c")], [(2, "b")], key=lambda p: p[0])))
mh = []
for x in [5, 3, 8, 1]:
    heapq.heappush(mh, x)
print(heapq._heappop_max if hasattr(heapq, "_heappop_max") else None is None)

grades = [(60, "F"), (70, "D"), (80, "C"), (90, "B"), (101, "A")]
cut = [g[0] for g in grades]
for score in (33, 60, 77, 89, 90, 100):
    print(score, grades[bisect.bisect_right(cut, score)][1], end="; ")
print()
events = [("09:00", "standup"), ("12:00", "lunch"), ("15:30", "review")]
bisect.insort(events, ("10:15", "call"), key=lambda e: e[0])
bisect.insort_left(events, ("12:00", "early lunch"), key=lambda e: e[0])
print(events)
print(bisect.bisect_left(events, "12:00", key=lambda e: e[0]), bisect.bisect(events, "12:00", key=lambda e: e[0]))
print(bisect.bisect_left([1, 2, 2, 2, 3], 2, lo=2), bisect.bisect_right([1, 2, 2, 2, 3], 2, hi=3))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
