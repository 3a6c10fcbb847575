# settrace events for while True loops left by break and by return, and a
# loop whose body is a single call.
from _events import trace


def step(state):
    state.append(len(state))


def until_break(limit):
    state = []
    while True:
        step(state)
        if len(state) >= limit:
            break
    return state


def until_return(limit):
    i = 0
    while True:
        i += 1
        if i == limit:
            return i


trace(until_break, 2)
trace(until_return, 3)
