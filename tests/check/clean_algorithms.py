# Algorithms with generics and recursion; no type errors.
import heapq
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple, TypeVar

T = TypeVar("T")


def chunks(xs: Sequence[T], size: int) -> List[Sequence[T]]:
    return [xs[i:i + size] for i in range(0, len(xs), size)]


def dijkstra(graph: Dict[str, List[Tuple[str, int]]], start: str) -> Dict[str, int]:
    dist: Dict[str, int] = {start: 0}
    heap: List[Tuple[int, str]] = [(0, start)]
    seen: Set[str] = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in seen:
            continue
        seen.add(node)
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist


def binary_search(xs: Sequence[int], target: int) -> Optional[int]:
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return None


def flatten(xss: Iterable[Iterable[T]]) -> List[T]:
    return [x for xs in xss for x in xs]


def fib(n: int, memo: Optional[Dict[int, int]] = None) -> int:
    if memo is None:
        memo = {}
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1, memo) + fib(n - 2, memo)
    return memo[n]


g: Dict[str, List[Tuple[str, int]]] = {"a": [("b", 1), ("c", 4)], "b": [("c", 2)], "c": []}
print(dijkstra(g, "a"), binary_search([1, 3, 5], 3), fib(20))
print(chunks("abcdefg", 3), flatten([[1, 2], [3]]))
