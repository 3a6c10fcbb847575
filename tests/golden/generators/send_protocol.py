# send(): priming, values flowing in, sending to a just-started or finished generator.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count

a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    a.send(1)
except StopIteration as e:
    print("again:", repr(e), e.value)

fresh = averager()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))

def first_yield_value():
    got = yield "first"
    print("got", repr(got))
    got = yield "second"
    print("got", repr(got))

g = first_yield_value()
print(next(g))
print(next(g))
try:
    g.send("last")
except StopIteration as e:
    print("stop", e.args)

try:
    g.send()
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
