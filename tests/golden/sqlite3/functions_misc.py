# sqlite3 user functions, aggregates, collations, executemany, iterdump, complete_statement, module attributes, cursor subclasses.
import sqlite3

c = sqlite3.connect(":memory:")
c.create_function("double", 1, lambda x: x * 2, deterministic=True)
c.create_function("concat", -1, lambda *a: "".join(map(str, a)))
c.create_function("nada", 0, lambda: None)
c.create_function("blob", 0, lambda: b"\x01")
print(c.execute("select double(21), double(1.5), double('ab'), concat(1, 'x', 2.0), nada(), blob()").fetchone())
c.create_function("bad", 0, lambda: object())
try:
    c.execute("select bad()")
except sqlite3.OperationalError as e:
    print("OperationalError", e)


class Avg:
    def __init__(self):
        self.n = 0
        self.s = 0

    def step(self, v):
        self.n += 1
        self.s += v

    def finalize(self):
        return self.s / self.n if self.n else None


class BrokenStep(Avg):
    def step(self, v):
        raise ValueError


c.create_aggregate("myavg", 1, Avg)
c.create_aggregate("broken", 1, BrokenStep)
c.execute("create table n(g, v)")
c.executemany("insert into n values (?, ?)", [("a", 1), ("a", 3), ("b", 10)])
print(c.execute("select g, myavg(v) from n group by g order by g").fetchall())
try:
    c.execute("select broken(v) from n")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
c.create_collation("rev", lambda a, b: (a < b) - (a > b))
print(c.execute("select g from n order by g collate rev").fetchall())
cur = c.executemany("update n set v = v + ? where g = ?", [(1, "a"), (5, "b")])
print(cur.rowcount, c.execute("select v from n order by v").fetchall())
c.commit()
print(list(c.iterdump()))
print(sqlite3.complete_statement("select 'a;"), sqlite3.complete_statement("create table x(a); "))
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.apilevel, sqlite3.paramstyle)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), sqlite3.Warning.__mro__[1], c.Error is sqlite3.Error)


class MyCursor(sqlite3.Cursor):
    def first(self, sql):
        return self.execute(sql).fetchone()[0]


print(c.cursor(MyCursor).first("select 42"), isinstance(c.cursor(), sqlite3.Cursor))
cur = c.cursor()
cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(c.execute("").description, c.execute("-- only a comment").fetchall())
try:
    c.execute("select 1 -- ok\n; select 2")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    sqlite3.connect("/nonexistent/dir/db.sqlite")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
