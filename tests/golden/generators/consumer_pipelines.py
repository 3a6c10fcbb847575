# Generators as push-style consumers: send pipelines, close propagation by hand, repeated
# delegation collecting return values, and throw() used for control.
import sys
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# generator used as a coroutine-style consumer pipeline with send
def printer():
    while True:
        item = yield
        print("printer got", item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def source(items, target):
    for i in items:
        target.send(i)
    target.close()
p = printer(); next(p)
f = filt(lambda x: x % 2, p); next(f)
source(range(5), f)
show(lambda: f.gi_frame)
show(lambda: p.gi_frame is not None)
p.close()
# send returning value through multiple layers
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def driver():
    results = []
    while True:
        r = yield from accumulate()
        results.append(r)
        if len(results) == 2:
            return results
d = driver()
next(d)
for v in [1, 2, None, 10, None]:
    try:
        print("yielded", d.send(v))
    except StopIteration as e:
        print("driver returned", e.value)
# generator state via throw used for control
class Reset(Exception): pass
def resettable():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            n = 0
r = resettable()
show(lambda: [next(r), next(r), next(r), r.throw(Reset), next(r)])
