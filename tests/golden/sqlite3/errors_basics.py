# sqlite3 basics and errors: rowcount, lastrowid, description, binding errors, closed objects, Row access, exception hierarchy.
import sqlite3
c = sqlite3.connect(":memory:")
cur = c.cursor()
print(cur.execute("create table t(a integer, b text)").rowcount, cur.lastrowid, cur.description)
cur.execute("insert into t values (?, ?)", (1, "x")); print(cur.rowcount, cur.lastrowid, c.in_transaction)
cur.execute("select * from t"); print(cur.rowcount, cur.lastrowid, cur.description)
for bad in [lambda: cur.execute("select 1; select 2"), lambda: cur.execute("insert into t values (?, ?)", (1,)), lambda: cur.execute("insert into t values (?, ?)", (1,[])), lambda: cur.executemany("select ?", [(1,)]), lambda: cur.execute(1), lambda: cur.execute("selec"), lambda: cur.execute("insert into t values (?,?)", (2**70, 1)), lambda: c.isolation_level.__class__ and setattr(c, 'isolation_level', 'bad'), lambda: setattr(c, 'isolation_level', 1), lambda: cur.execute("select :a", {"b": 1}), lambda: cur.execute("select :a", (1,)).fetchall(), lambda: cur.execute("select ?", {"a": 1})]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e, getattr(e, 'sqlite_errorcode', None), getattr(e, 'sqlite_errorname', None))
c.close()
try: c.execute("select 1")
except Exception as e: print(type(e).__name__, e)
try: cur.execute("select 1")
except Exception as e: print(type(e).__name__, e)
print(sqlite3.version, sqlite3.threadsafety, sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
c = sqlite3.connect(":memory:")
c.execute("create table u(x)")
print(c.execute("insert into u values (1)").lastrowid, c.execute("select 1").lastrowid, c.execute("update u set x=2").lastrowid)
def boom(): raise ValueError
c.create_function("boom", 0, boom)
try: c.execute("select boom()")
except Exception as e: print(type(e).__name__, e)
print(repr(c.execute("select 1").fetchone()), sqlite3.Row, sqlite3.Cursor, sqlite3.Connection, type(c.execute("select 1,2")).__name__)
r = sqlite3.Row
c.row_factory = sqlite3.Row
row = c.execute("select 1 as a, 2 as B").fetchone()
print(row.keys(), row["b"], row[1], row[0:1], len(row), tuple(row), row == row, hash(row) == hash(row))
try: row["z"]
except Exception as e: print(type(e).__name__, e)
try: row[5]
except Exception as e: print(type(e).__name__, e)
print(len(c.execute("select 1").fetchall()))
print(sqlite3.OperationalError.__mro__)
