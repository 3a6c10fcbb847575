# Narrowing attributes: self.x is not None, member chains.
from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None
        self.children: List["Node"] = []

    def last(self) -> "Node":
        node = self
        while node.next is not None:
            node = node.next
        return node

    def second(self) -> int:
        return self.next.value  # E: Item "None" of "Optional[Node]" has no attribute "value"  [union-attr]

    def safe_second(self) -> int:
        if self.next is None:
            return -1
        return self.next.value

    def third(self) -> int:
        if self.next and self.next.next:
            return self.next.next.value
        return 0


n = Node(1)
n.next = Node(2)
n.next.value + 1
n.next = None
n.next.value  # E: "None" has no attribute "value"  [attr-defined]
n.next = "x"  # E: Incompatible types in assignment (expression has type "str", variable has type "Optional[Node]")  [assignment]
