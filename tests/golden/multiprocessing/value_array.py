# multiprocessing.Value and Array (ctypes objects in shared memory) updated by
# child processes under their own locks.
from _mp import contexts


def bump(v, arr, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += 1


if __name__ == "__main__":
    for method, ctx in contexts():
        v, arr = ctx.Value("i", 0), ctx.Array("d", [0.5, 1.5, 2.5])
        procs = [ctx.Process(target=bump, args=(v, arr, 100)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(method, v.value, arr[:], list(arr), len(arr))
        raw = ctx.RawValue("b", -3)
        chars = ctx.Array("c", b"abc")
        print(raw.value, chars.value, chars.raw, ctx.Value("i", 1, lock=False).value)
