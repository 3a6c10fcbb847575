# dbm.open chooses dbm.ndbm, as CPython does where _gdbm is absent, and
# whichdb recognises what it made.
import dbm
import os
import shutil
import tempfile

here = tempfile.mkdtemp()
os.chdir(here)
try:
    for name in dbm._names:
        try:
            __import__(name)
            print(name, "available")
        except ImportError as e:
            print(name, "unavailable:", e)
    print(dbm.error[0].__name__, dbm.error[1].__name__)
    print(dbm.whichdb("nothing"))
    try:
        dbm.open("nothing")
    except dbm.error[0] as e:
        print(type(e).__name__, e)
    with dbm.open("store", "c") as db:
        print(type(db).__module__, type(db).__name__)
        db["k"] = "v"
    print(dbm._defaultmod.__name__)
    print(sorted(os.listdir(".")))
    print(dbm.whichdb("store"))
    with dbm.open("store", "r") as db:
        print(db["k"], db.keys())
    with dbm.open("store", "n") as db:
        print(db.keys())
    with open("plain", "w") as f:
        f.write("not a database at all, but long enough to be read")
    print(repr(dbm.whichdb("plain")))
    try:
        dbm.open("plain")
    except dbm.error[0] as e:
        print(type(e).__name__, e)
    import dbm.dumb
    with dbm.dumb.open("dumbdb", "c") as db:
        db["x"] = "y"
    print(dbm.whichdb("dumbdb"))
    with dbm.open("dumbdb") as db:
        print(type(db).__module__, db["x"])
finally:
    os.chdir("/")
    shutil.rmtree(here)
