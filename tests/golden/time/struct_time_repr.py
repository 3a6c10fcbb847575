# time.struct_time: repr, fields, hidden tm_zone/tm_gmtoff, construction and pickling form.
import pickle
import time

t = time.gmtime(0)
print(t)
print(type(t).__name__, type(t).__module__, len(t), t.tm_zone, t.tm_gmtoff, t[0], t[-1])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, "XYZ", 3600))
print(s.tm_zone, s.tm_gmtoff, s == (2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s.__reduce__())
print(pickle.loads(pickle.dumps(s)).tm_zone)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    t.tm_year = 5
except AttributeError:
    print("AttributeError")
print(t[:3], t + (1,), list(t)[6:])
match t:
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched", y, m)
print(time.gmtime(1.99).tm_sec, time.gmtime(-1.5))
