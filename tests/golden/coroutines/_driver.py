# A tiny event-loop stand-in shared by the coroutine tests: runs a coroutine to completion.
def run(coro):
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as stop:
            return stop.value
