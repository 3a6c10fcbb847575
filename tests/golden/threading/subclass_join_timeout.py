# Thread subclasses overriding run, args and kwargs, join with a timeout on a
# thread that is still blocked, repr states.
import threading

class Adder(threading.Thread):
    def __init__(self, a, b):
        super().__init__(name="adder")
        self.a, self.b = a, b
    def run(self):
        self.result = self.a + self.b

t = Adder(2, 3)
print(repr(t).startswith("<Adder(adder, initial)>"))
t.start(); t.join()
print(t.result, repr(t).startswith("<Adder(adder, stopped"))

out = {}
def kw(x, *, y):
    out["v"] = x * y
t = threading.Thread(target=kw, args=(6,), kwargs={"y": 7})
t.start(); t.join()
print(out)

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(timeout=0.02)
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
