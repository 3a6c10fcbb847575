# datetime: fromisoformat of date, time and datetime over many shapes, valid and not, with CPython's C-module results.
import random
from datetime import date, time, datetime

def show(f, s):
    try:
        print(repr(s), repr(f(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

rng = random.Random(1234)
pieces = ["2020", "-", "01", "1", "W", "53", "W01", "7", "12", "31", "T", " ", "x", "10", ":", "30", "45", ".", ",",
          "123", "1234567", "Z", "+", "05", "-0530", "+05:30", "00", "24", "\ud800", "é", "0000", "9999", "Wx"]
samples = set()
while len(samples) < 1500:
    samples.add("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))))
fixed = ["2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-1", "2020W011", "2020-W53-7", "2021-W53-1",
         "2020-1-1", "2020-01-01T10", "2020-01-01T1011", "2020-01-01T10:11:12.5", "2020-01-01T10:11:12,123456789",
         "2020-01-01 10:11:12+05:30", "2020-01-01T10:11:12-0530", "2020-01-01T10:11:12Z", "2020-01-01T10:11:12z",
         "2020-01-01T24:00", "2020-02-30", "0000-01-01", "2020-W01-110", "2020-W01T10", "2020-W0110", "2020W0110:00",
         "2020-01-01T10:11:12+24:00", "2020-01-01T10:11:12+23:59:59.999999", "2020-01-01T10:11:12.", "2020-01-01T",
         "2020-01-01\ud800" "10:00", "2020-01-01é10:00", "T10:00", "10:00:00.000001", "1011", "101112", "10:11:12.1234",
         "10:11:12.12345678+01:00", "10:11Z", "10:11+00:00", "10:11-00:00:01", "25:00", "10:60", "10:11:61", "", "2020",
         "2020-01-01T10:11:12+05", "2020-01-01T10:11:12+0530:12"]
for s in fixed + sorted(samples):
    show(date.fromisoformat, s)
    show(time.fromisoformat, s)
    show(datetime.fromisoformat, s)
for bad in [1, None, b"2020-01-01"]:
    for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        show(f, bad)
