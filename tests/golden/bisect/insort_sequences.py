# insort on sequences other than lists: insert() is called by name, and the
# comparisons go through __getitem__ and __len__.
import bisect
from collections import deque, UserList

d = deque([1, 3, 5, 7])
bisect.insort(d, 4)
bisect.insort_left(d, 7)
bisect.insort_right(d, 0)
print(d)
u = UserList([10, 20, 30])
bisect.insort(u, 25)
bisect.insort(u, 5, key=None)
print(u, bisect.bisect(u, 20), bisect.bisect_left(u, 20))
class Recorder(list):
    def insert(self, index, value):
        print("insert", index, value)
        super().insert(index, value)
r = Recorder([1, 2, 4])
bisect.insort(r, 3)
bisect.insort_left(r, 2, key=lambda v: v)
print(r)
print(bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right("aabbcc", "b"), bisect.bisect_left(b"abcde", ord("c")))
