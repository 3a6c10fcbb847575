# multiprocessing.sharedctypes with structures and typed arrays: RawArray of
# a Structure, Array of a ctypes type, synchronized wrappers' get_obj/get_lock,
# copy(), and a child process (each start method) updating them in place.
from ctypes import Structure, c_double, c_int, c_short
from multiprocessing import sharedctypes
from _mp import contexts


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_int)]


def scale(points, counts, total):
    for p in points:
        p.x *= 2
        p.y += 1
    for i in range(len(counts)):
        counts[i] = counts[i] * 10
    with total.get_lock():
        total.value += sum(counts[:])


if __name__ == "__main__":
    for method, ctx in contexts():
        points = ctx.Array(Point, [(1.5, 1), (2.25, 2)], lock=False)
        counts = ctx.RawArray(c_short, [1, 2, 3])
        total = ctx.Value(c_int, 0)
        p = ctx.Process(target=scale, args=(points, counts, total))
        p.start()
        p.join()
        print(method, [(q.x, q.y) for q in points], counts[:], total.value, p.exitcode)
    s = sharedctypes.synchronized(sharedctypes.RawValue(c_double, 2.5))
    print(type(s).__name__, s.value, type(s.get_obj()).__name__, s.get_lock() is not None)
    c = sharedctypes.copy(sharedctypes.RawArray("i", [4, 5]))
    print(c[:], type(c).__name__)
    arr = sharedctypes.Array("c", 4)
    arr.value = b"ab"
    print(arr.value, arr.raw, len(arr), arr[0], arr[0:2])
    try:
        sharedctypes.Value("i", 1, lock=5)
    except AttributeError as e:
        print("AttributeError", e)
