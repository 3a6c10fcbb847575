# multiprocessing.sharedctypes: RawArray of a size, copy and synchronized.
from multiprocessing import sharedctypes
import ctypes

if __name__ == "__main__":
    arr = sharedctypes.RawArray("i", 4)
    print(list(arr))
    arr[1] = 7
    dup = sharedctypes.copy(arr)
    print(list(dup), type(sharedctypes.synchronized(dup)).__name__)
    point = sharedctypes.Value(ctypes.c_double, 2.5)
    print(point.value)
