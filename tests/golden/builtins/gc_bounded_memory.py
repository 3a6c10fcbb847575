# Cyclic garbage built in a loop is reclaimed by the automatic collector.
import gc


class Cycle:
    def __init__(self):
        self.me = self
        self.payload = list(range(50))


for i in range(100000):
    Cycle()
gc.collect()
print("done", len([o for o in gc.get_objects() if type(o) is Cycle]) < 1000)
