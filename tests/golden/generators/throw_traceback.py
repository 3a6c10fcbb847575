# The traceback of an exception thrown into a generator includes the generator frame.
def frame_names(tb):
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names

def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print(frame_names(e.__traceback__))

def delegating():
    yield from gen()

d = delegating()
next(d)
try:
    d.throw(KeyError("deep"))
except KeyError as e:
    print(frame_names(e.__traceback__))
