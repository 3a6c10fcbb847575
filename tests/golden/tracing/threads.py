# threading.settrace / setprofile: each new thread starts with the hook;
# hooks are per thread (the main thread's stays off).
import sys
import threading

events = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        with lock:
            events.append((threading.current_thread().name, event, frame.f_lineno if event != "call" else 0))
    return tracer


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


threading.settrace(tracer)
threads = [threading.Thread(target=work, args=(2,), name=f"t{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.settrace(None)
print("main gettrace:", sys.gettrace())
work(3)  # not traced
for name in ("t0", "t1"):
    print(name, [e[1:] for e in events if e[0] == name])

calls = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "work":
        with lock:
            calls.append((threading.current_thread().name, event))


threading.setprofile(profiler)
t = threading.Thread(target=work, args=(1,), name="p")
t.start()
t.join()
threading.setprofile(None)
print(calls)
