# Dataclasses: classes generated once, then many instances built, compared,
# ordered, hashed (frozen) and replaced; __repr__ and asdict on a sample.
import sys
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    weight: float = 1.0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Key:
    x: int
    y: int


def work(n):
    items = [Item(i * 7 % 101, 'item%d' % i, i / 3) for i in range(n)]
    items.sort()
    keys = {Key(i % 50, i % 30): i for i in range(n)}
    moved = [dataclasses.replace(it, weight=it.weight * 2) for it in items[:n // 10]]
    equal = sum(1 for a, b in zip(items, items[1:]) if a == b)
    return (items[0].priority, items[-1].name, len(keys), round(sum(m.weight for m in moved), 3),
            equal, repr(items[0]), dataclasses.asdict(items[1]))


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 8
for _ in range(reps):
    result = work(20000)
print(result, reps)
