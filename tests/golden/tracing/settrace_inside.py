# sys.settrace called inside a traced program: the calling frame is not
# traced (no f_trace), its callees are; sys.settrace(None) inside a
# callee stops events for everything after.
import sys

events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def callee():
    a = 1
    return a


def stopper():
    sys.settrace(None)
    b = 2
    return b


def main():
    sys.settrace(tracer)
    x = 1
    callee()
    y = 2
    stopper()
    callee()
    return x + y


main()
for e in events:
    print(e)
print(sys.gettrace())
