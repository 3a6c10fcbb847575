# settrace events for loops: for/while headers on each iteration, break,
# continue, else clauses, nested loops.
from _events import trace


def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def while_loop(n):
    while n > 0:
        n -= 1
    return n


def break_continue(items):
    found = None
    for x in items:
        if x < 0:
            continue
        if x > 10:
            found = x
            break
    else:
        found = "none"
    return found


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        i = -1
    return i


def nested(n):
    acc = []
    for i in range(n):
        for j in range(i):
            acc.append((i, j))
    return acc


def one_line(n):
    s = 0
    for i in range(n): s += i
    while s > 3:
        s -= 2
    return s


def loop_tuple_unpack(pairs):
    out = 0
    for a, b in pairs:
        out += a * b
    return out


trace(for_loop, 3)
trace(while_loop, 2)
trace(break_continue, [1, -2, 30, 4])
trace(break_continue, [1, 2])
trace(while_else, 2)
trace(while_else, 20)
trace(nested, 3)
trace(one_line, 4)
trace(loop_tuple_unpack, [(1, 2), (3, 4)])
