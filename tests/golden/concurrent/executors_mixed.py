# Thread and process futures waited on together; a ProcessPoolExecutor used
# from inside ThreadPoolExecutor tasks.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, wait


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(2, mp_context=ctx) as pex, ThreadPoolExecutor(3) as tex:
        pf = [pex.submit(square, i) for i in range(4)]
        tf = [tex.submit(square, i) for i in range(4)]
        done, pending = wait(pf + tf, timeout=20)
        print(len(done), len(pending), [f.result() for f in pf] == [f.result() for f in tf])
        relay = [tex.submit(lambda i: pex.submit(square, i).result(timeout=20), i) for i in range(5)]
        print([f.result(timeout=20) for f in relay])
