# A small program with no type errors: classes, dicts, Optional, loops.
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional


@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)


class Inventory:
    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item: Item) -> None:
        self.items[item.name] = item
        self.log.append("add " + item.name)

    def find(self, name: str) -> Optional[Item]:
        return self.items.get(name)

    def total(self) -> float:
        return sum(i.price for i in self.items.values())

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items.values())


def cheapest(inv: Inventory) -> Optional[str]:
    best: Optional[Item] = None
    for item in inv:
        if best is None or item.price < best.price:
            best = item
    if best is None:
        return None
    return best.name.upper()


inv = Inventory()
inv.add(Item("apple", 1.5))
inv.add(Item("pear", 2.0, ["fruit"]))
found = inv.find("apple")
if found is not None:
    print(found.name, found.price * 2)
print(cheapest(inv), inv.total(), len(inv.log))
