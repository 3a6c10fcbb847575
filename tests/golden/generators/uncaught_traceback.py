# An exception escaping a generator prints a traceback through the generator's frame.
def inner():
    yield 1
    raise ValueError("from inner")

def outer():
    yield from inner()

def consume():
    for item in outer():
        print("got", item)

consume()
