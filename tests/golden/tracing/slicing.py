# settrace events for subscripts and slices: reading, assigning and
# deleting slices, extended slices and negative indexes.
from _events import trace


def slices():
    data = list(range(8))
    head = data[:3]
    data[1:3] = ["a", "b", "c"]
    del data[::3]
    tail = data[-2:]
    step = data[::-2]
    return head, data, tail, step


trace(slices)
