"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2];
heap[0] is always the smallest item. The list operations are native
(_heapq); this module adds merge, nlargest and nsmallest over them."""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output.

    Each heap entry is [sort value, input index (signed by direction), ...];
    the index breaks ties so earlier inputs come first and entries never
    compare past it. When one input is left its rest is yielded directly."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1

    heap = []
    if key is None:
        for index, iterator in enumerate(map(iter, iterables)):
            try:
                heap.append([next(iterator), index * direction, iterator])
            except StopIteration:
                pass
        make_heap(heap)
        while len(heap) > 1:
            try:
                while True:
                    entry = heap[0]
                    yield entry[0]
                    entry[0] = next(entry[2])
                    replace(heap, entry)
            except StopIteration:
                pop(heap)
        if heap:
            value, _, iterator = heap[0]
            yield value
            yield from iterator
        return

    for index, iterator in enumerate(map(iter, iterables)):
        try:
            value = next(iterator)
            heap.append([key(value), index * direction, value, iterator])
        except StopIteration:
            pass
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        _, _, value, iterator = heap[0]
        yield value
        yield from iterator


def _short_cut(n, iterable, key, pick, reverse):
    """The cases that need no heap: n == 1 (min/max) and n >= len(iterable)
    (a sort). Returns None when neither applies."""
    if n == 1:
        missing = object()
        if key is None:
            best = pick(iter(iterable), default=missing)
        else:
            best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=reverse)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    found = _short_cut(n, iterable, key, min, False)
    if found is not None:
        return found
    # A max-heap of the n smallest so far; the arrival number keeps the
    # result stable and stops comparisons before the items themselves.
    iterator = iter(iterable)
    if key is None:
        kept = [(item, i) for i, item in zip(range(n), iterator)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        arrival = n
        for item in iterator:
            if item < worst:
                _heapreplace_max(kept, (item, arrival))
                worst = kept[0][0]
                arrival += 1
        kept.sort()
        return [entry[0] for entry in kept]

    kept = [(key(item), i, item) for i, item in zip(range(n), iterator)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    arrival = n
    for item in iterator:
        item_key = key(item)
        if item_key < worst:
            _heapreplace_max(kept, (item_key, arrival, item))
            worst = kept[0][0]
            arrival += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    found = _short_cut(n, iterable, key, max, True)
    if found is not None:
        return found
    # A min-heap of the n largest so far; arrival numbers count down so that
    # earlier items win ties after the reverse sort.
    iterator = iter(iterable)
    if key is None:
        kept = [(item, i) for i, item in zip(range(0, -n, -1), iterator)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        arrival = -n
        for item in iterator:
            if worst < item:
                heapreplace(kept, (item, arrival))
                worst = kept[0][0]
                arrival -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]

    kept = [(key(item), i, item) for i, item in zip(range(0, -n, -1), iterator)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    arrival = -n
    for item in iterator:
        item_key = key(item)
        if worst < item_key:
            heapreplace(kept, (item_key, arrival, item))
            worst = kept[0][0]
            arrival -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
