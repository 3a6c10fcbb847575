# Traceback objects: tb_frame, tb_lineno, tb_lasti's type, tb_next chains
# and assignment (loops refused, wrong types), types.TracebackType built
# by hand and raised with with_traceback, and frame.f_lineno versus
# tb_lineno once the frame has moved on.
import sys
import types


def fail():
    raise ValueError("inner")


def middle():
    fail()


try:
    middle()
except ValueError as e:
    tb = e.__traceback__
chain = []
t = tb
while t is not None:
    chain.append((t.tb_frame.f_code.co_name, t.tb_lineno, type(t.tb_lasti).__name__))
    t = t.tb_next
print(chain)
print("module frame line now:", tb.tb_frame.f_lineno > tb.tb_lineno)

try:
    tb.tb_next.tb_next = tb
except ValueError as e:
    print("ValueError:", e)
try:
    tb.tb_next = "x"
except TypeError as e:
    print("TypeError:", e)
second = tb.tb_next
tb.tb_next = None
print("cut:", tb.tb_next)
tb.tb_next = second

frame = sys._getframe()
made = types.TracebackType(None, frame, 0, frame.f_lineno)
print(made.tb_lineno == frame.f_lineno, made.tb_frame is frame, made.tb_next)
try:
    raise KeyError("handmade").with_traceback(made)
except KeyError as e:
    print([(t.tb_frame.f_code.co_name) for t in iter(lambda t=[e.__traceback__]: t.pop(0) if t else None, None)])
    print(e.__traceback__.tb_next is made)
for bad in [(None, None, 0, 1), (None, frame, "0", 1), ("x", frame, 0, 1)]:
    try:
        types.TracebackType(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.TracebackType(tb_next=None)
except TypeError as e:
    print("TypeError:", e)
