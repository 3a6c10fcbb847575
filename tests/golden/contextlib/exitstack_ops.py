# ExitStack: enter_context, callback, push, pop_all, close, and LIFO order.
from contextlib import ExitStack

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

def cb(*args, **kwargs):
    print("callback", args, sorted(kwargs.items()))

with ExitStack() as stack:
    print(stack.enter_context(CM("one")))
    stack.callback(cb, 1, 2, key="v")
    stack.push(CM("pushed-cm"))
    def exit_fn(typ, val, tb):
        print("exit function", typ)
    print(stack.push(exit_fn) is exit_fn)
    stack.enter_context(CM("two"))

with ExitStack() as stack:
    stack.enter_context(CM("moved"))
    moved = stack.pop_all()
print("pop_all left nothing; closing the new stack")
moved.close()
moved.close()

stack = ExitStack()
stack.callback(cb, "closed")
stack.close()

with ExitStack() as stack:
    wrapped = stack.callback(cb, "wrapped")
    print("callback returns its argument:", wrapped is cb)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)
try:
    ExitStack().callback()
except TypeError as e:
    print("TypeError:", e)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "loop callback", i)

def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    stack.enter_context(CM("inner"))
    raise ValueError("suppressed by stack")
print("after suppression")
