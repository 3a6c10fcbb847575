# The errors of dbm.ndbm's database: wrong key and value types, missing keys,
# a closed database, bad flags and files that cannot be opened.
import _dbm
import dbm.ndbm
import os
import shutil
import tempfile


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, e)
    else:
        print(label, "=", repr(result))


here = tempfile.mkdtemp()
os.chdir(here)
try:
    print(_dbm.error.__mro__)
    print(dbm.ndbm.error is _dbm.error, issubclass(_dbm.error, OSError))
    try:
        _dbm.open("missing")
    except _dbm.error as e:
        print(e.errno, e.strerror, e.filename, e.args)
    attempt("flags", lambda: _dbm.open("data", "x"))
    attempt("flags type", lambda: _dbm.open("data", 1))
    attempt("mode type", lambda: _dbm.open("data", "c", "rw"))
    attempt("mode range", lambda: _dbm.open("data", "c", 2 ** 40))
    attempt("name type", lambda: _dbm.open(3))
    attempt("name null", lambda: _dbm.open("da\0ta"))
    attempt("keywords", lambda: _dbm.open("data", flag="c"))
    attempt("no arguments", lambda: _dbm.open())
    attempt("too many", lambda: _dbm.open("data", "c", 0o666, 1))
    attempt("no directory", lambda: _dbm.open("nodir/data", "c").keys())

    db = _dbm.open("data", "c")
    print(type(db).__name__, type(db).__module__)
    attempt("create type", lambda: type(db)())
    db["a"] = "1"
    attempt("int key", lambda: db.__setitem__(1, "x"))
    attempt("int value", lambda: db.__setitem__("x", 1))
    attempt("list value", lambda: db.__setitem__("x", ["v"]))
    attempt("surrogate key", lambda: db.__setitem__("\udc80", "x"))
    attempt("getitem int", lambda: db[1])
    attempt("getitem bytearray", lambda: db[bytearray(b"a")])
    attempt("getitem memoryview", lambda: db[memoryview(b"a")])
    attempt("getitem surrogate", lambda: db["\udc80"])
    attempt("missing", lambda: db["zz"])
    attempt("contains int", lambda: 1 in db)
    attempt("contains bytearray", lambda: bytearray(b"a") in db)
    attempt("get int", lambda: db.get(1))
    attempt("get bytearray", lambda: db.get(bytearray(b"a")))
    attempt("get no args", lambda: db.get())
    attempt("get three", lambda: db.get("a", 1, 2))
    attempt("get keyword", lambda: db.get("a", default=1))
    attempt("setdefault int value", lambda: db.setdefault("new", 3))
    attempt("setdefault bytearray", lambda: db.setdefault(bytearray(b"k")))
    attempt("keys args", lambda: db.keys(1))
    attempt("close args", lambda: db.close(1))
    attempt("enter args", lambda: db.__enter__(1))
    attempt("del missing", lambda: db.__delitem__("zz"))
    attempt("del int", lambda: db.__delitem__(3))
    attempt("exit", lambda: db.__exit__(None, None, None))
    for label, f in [("getitem", lambda: db["a"]), ("setitem", lambda: db.__setitem__("a", "b")),
                     ("delitem", lambda: db.__delitem__("a")), ("contains", lambda: "a" in db),
                     ("len", lambda: len(db)), ("keys", lambda: db.keys()), ("get", lambda: db.get("a")),
                     ("setdefault", lambda: db.setdefault("a")), ("close", lambda: db.close()),
                     ("get int closed", lambda: db.get(1))]:
        attempt("closed " + label, f)

    w = _dbm.open("data", "w")
    attempt("writer del missing", lambda: w.__delitem__("zz"))
    w.close()
finally:
    os.chdir("/")
    shutil.rmtree(here)
