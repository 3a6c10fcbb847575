# A (non-daemon) child process runs its own Pool; results come back through
# a Queue.
from _mp import contexts


def square(x):
    return x * x


def run_pool(ctx_name, q):
    import multiprocessing
    with multiprocessing.get_context(ctx_name).Pool(1) as pool:
        q.put(pool.map(square, range(5)))


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        p = ctx.Process(target=run_pool, args=(method, q))
        p.start()
        print(method, q.get(timeout=30))
        p.join()
        print(p.exitcode)
