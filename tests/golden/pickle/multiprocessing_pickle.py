# multiprocessing moves objects between processes with pickle.
import multiprocessing as mp

class Job:
    def __init__(self, n):
        self.n = n
    def run(self):
        return {'n': self.n, 'square': self.n * self.n, 'parts': [self.n] * 2}

def work(job):
    return job.run()

def child(q, items):
    q.put([(x, x * 2) for x in items])

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    with ctx.Pool(2) as pool:
        print(pool.map(work, [Job(i) for i in range(6)]))
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q, [1, 2, 3]))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
    from multiprocessing.reduction import ForkingPickler
    import io
    buf = io.BytesIO()
    ForkingPickler(buf, 4).dump(Job(3))
    print(ForkingPickler.loads(buf.getvalue()).n)
