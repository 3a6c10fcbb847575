class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __del__(self):
        self.log.append(self.name)

log = []
def f():
    x = Noisy("x", log)
    y = Noisy("y", log)
    return "returned"
print(f(), log)
log.clear()
t = (Noisy("t1", log), Noisy("t2", log))
del t
print(log)
log.clear()
class Container:
    def __init__(self, log):
        self.child = Noisy("child", log)
    def __del__(self):
        log.append("container")
c = Container(log)
del c
print(log)

class Resurrect:
    saved = None
    def __del__(self):
        print("__del__ runs once")
        Resurrect.saved = self
r = Resurrect()
del r
print("resurrected:", Resurrect.saved is not None)
Resurrect.saved = None
print("dropped again (no second __del__)")

