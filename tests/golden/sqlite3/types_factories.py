# sqlite3 values and factories: every column type, text_factory, row_factory, Row, adapters, converters, PARSE_DECLTYPES/COLNAMES.
import datetime
import sqlite3

c = sqlite3.connect(":memory:")
row = c.execute("select 1, 2.5, 'text', x'0102', null, 9223372036854775807, -0.0").fetchone()
print(row, [type(v).__name__ for v in row])
c.execute("create table v(i integer, r real, t text, b blob)")
c.execute("insert into v values (?, ?, ?, ?)", (10, 1.5, "é", b"\x00\xff"))
c.execute("insert into v values (:i, :r, :t, :b)", {"i": None, "r": 2, "t": "x", "b": bytearray(b"ba")})
c.execute("insert into v values (?, ?, ?, ?)", (True, 3, "", memoryview(b"mv")))
print(c.execute("select * from v").fetchall())
print(c.execute("select typeof(i), typeof(r), typeof(t), typeof(b) from v").fetchall())
c.text_factory = bytes
print(c.execute("select t from v").fetchall())
c.text_factory = lambda b: b.decode().upper() + "!"
print(c.execute("select t from v").fetchall())
c.text_factory = str
c.row_factory = sqlite3.Row
r = c.execute("select i as I, t from v").fetchone()
print(type(r).__name__, r.keys(), r["i"], r["T"], list(r), r[-1], dict(zip(r.keys(), r)))
c.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
print(c.execute("select i, t from v").fetchall())
c.row_factory = None


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
d = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
d.execute("create table p(pt point, day date, ts timestamp)")
d.execute("insert into p values (?, ?, ?)", (Point(1, 2), datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5, 6000)))
print(d.execute("select * from p").fetchone())
print(d.execute('select pt as "p [point]", day as "d [text]" from p').fetchone())
print(d.execute('select pt as "p [point]" from p').description)


class Conforming:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "conformed"


print(c.execute("select ?", (Conforming(),)).fetchone(), sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, None))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(c.execute("select ?", (2**63 - 1,)).fetchone())
cur = c.execute("select 1 union select 2 union select 3 union select 4")
print(cur.fetchone(), cur.fetchmany(2), cur.fetchall(), cur.fetchone(), cur.arraysize)
for row in c.execute("select 'a' union all select 'b'"):
    print(row)
