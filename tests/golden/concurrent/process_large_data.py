# Large arguments and results through ProcessPoolExecutor (bigger than a pipe
# buffer, many chunks).
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def digest(data):
    return len(data), sum(data[::1000]), data[-3:]


def make(n):
    return bytes(range(256)) * n


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method)) as ex:
            print(method, ex.submit(digest, b"\x07" * 500000).result(timeout=20))
            print(len(ex.submit(make, 2000).result(timeout=20)))
            print(list(ex.map(len, [b"a" * 70000] * 4, chunksize=2)))
