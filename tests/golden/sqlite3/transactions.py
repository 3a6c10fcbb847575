# sqlite3 transactions: implicit BEGIN before DML, isolation levels, commit/rollback, the context manager, in_transaction, autocommit.
import sqlite3

c = sqlite3.connect(":memory:")
print(repr(c.isolation_level), c.in_transaction)
c.execute("create table t(x integer primary key, y text unique)")
print(c.in_transaction)
c.execute("insert into t(y) values ('a')")
print(c.in_transaction, c.total_changes)
c.rollback()
print(c.in_transaction, c.execute("select count(*) from t").fetchone())
with c:
    c.execute("insert into t(y) values ('b')")
print(c.in_transaction, c.execute("select y from t").fetchall())
try:
    with c:
        c.execute("insert into t(y) values ('c')")
        c.execute("insert into t(y) values ('b')")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e, e.sqlite_errorcode, e.sqlite_errorname)
print(c.execute("select y from t order by y").fetchall())
c.isolation_level = None
c.execute("insert into t(y) values ('auto')")
print(c.in_transaction)
c.isolation_level = "IMMEDIATE"
c.execute("update t set y = 'z' where y = 'auto'")
print(c.in_transaction)
c.isolation_level = None
print(c.in_transaction, c.execute("select y from t order by x").fetchall())
c.execute("begin")
c.execute("delete from t")
print(c.in_transaction)
c.commit()
print(c.in_transaction, c.execute("select * from t").fetchall(), c.total_changes)
c2 = sqlite3.connect(":memory:", isolation_level="exclusive")
print(c2.isolation_level)
c2.executescript("create table a(v); insert into a values (1); insert into a values (2);")
print(c2.execute("select sum(v) from a").fetchone(), c2.in_transaction)
try:
    c2.executescript("insert into a values (3); bogus statement;")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(c2.execute("select count(*) from a").fetchone())
