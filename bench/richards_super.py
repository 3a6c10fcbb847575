# Richards with the object-oriented style pyperformance's variant stresses:
# task state behind properties, subclasses calling super().__init__ and
# super().run(), and a packet queue walked through methods.
import sys


class TaskState:
    def __init__(self):
        self._pending = False
        self._waiting = False
        self._holding = False

    @property
    def pending(self):
        return self._pending

    @pending.setter
    def pending(self, value):
        self._pending = value

    @property
    def waiting(self):
        return self._waiting

    @waiting.setter
    def waiting(self, value):
        self._waiting = value

    @property
    def holding(self):
        return self._holding

    @holding.setter
    def holding(self, value):
        self._holding = value

    @property
    def blocked(self):
        return self._holding or (self._waiting and not self._pending)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def add_packet(self, pkt, old):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return old

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.pending = self.queue is not None
        return pkt

    def run(self, pkt):
        self.sched.runs += 1
        return None


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, pkt):
        super().run(pkt)
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(4)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(5)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.waiting = True
        self.dest = 2
        self.count = 0

    def run(self, pkt):
        super().run(pkt)
        if pkt is None:
            return self.sched.wait()
        self.dest = 3 if self.dest == 2 else 2
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count = self.count % 26 + 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.waiting = True
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        super().run(pkt)
        s = self.sched
        if pkt is not None:
            if pkt.kind == 1:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.waiting = True
        self.stored = None

    def run(self, pkt):
        super().run(pkt)
        s = self.sched
        if pkt is None:
            if self.stored is None:
                return s.wait()
            pkt, self.stored = self.stored, None
            return s.queue_packet(pkt)
        self.stored = pkt
        s.hold_count += 1
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.runs = 0

    def hold_self(self):
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        return t if t.priority > self.current.priority else self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.blocked:
                t = t.link
                continue
            self.current = t
            pkt = None
            if t.pending:
                t.waiting = False
                pkt = t.take_packet()
            t = t.run(pkt)


def run_once(count):
    s = Scheduler()
    IdleTask(s, 0, 0, count)
    WorkTask(s, 1, 1000, Packet(Packet(None, 0, 1), 0, 1))
    for ident, dev, prio in ((2, 4, 2000), (3, 5, 3000)):
        HandlerTask(s, ident, prio, Packet(Packet(Packet(None, dev, 0), dev, 0), dev, 0))
    DeviceTask(s, 4, 4000)
    DeviceTask(s, 5, 5000)
    s.schedule()
    return s.queue_count, s.hold_count, s.runs


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
results = [run_once(10000) for _ in range(n)]
print(results[0], len(results))
