# shelve over dbm.dumb in a temporary folder: storing objects, writeback,
# keys, deletion and reopening; dbm.dumb directly, and dbm.whichdb.
import dbm
import dbm.dumb
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "store")
    db = dbm.dumb.open(path, "c")
    db[b"alpha"] = b"1"
    db["beta"] = "two"
    db[b"gamma"] = b"x" * 1000
    print(sorted(db.keys()), db[b"beta"], len(db), b"alpha" in db, "zeta" in db)
    del db[b"alpha"]
    db.sync()
    print(sorted(db.keys()), db.get(b"alpha", b"default"))
    db.close()
    print(dbm.whichdb(path), sorted(os.listdir(tmp)))
    with dbm.dumb.open(path, "r") as ro:
        print(len(ro), ro[b"gamma"][:5])
        try:
            ro[b"new"] = b"v"
        except dbm.dumb.error as e:
            print("error", e)
    try:
        dbm.dumb.open(os.path.join(tmp, "missing"), "r")
    except (dbm.dumb.error, OSError) as e:
        print(type(e).__name__)

    spath = os.path.join(tmp, "objs")
    with shelve.Shelf(dbm.dumb.open(spath, "c")) as sh:
        sh["config"] = {"debug": True, "level": 3}
        sh["items"] = [1, 2, 3]
        sh["items"].append(4)
        print(sh["items"], sorted(sh.keys()))
    with shelve.Shelf(dbm.dumb.open(spath, "w"), writeback=True) as sh:
        sh["items"].append(4)
        sh["config"]["level"] = 5
        print(sh["items"], len(sh), "config" in sh)
        del sh["config"]
    with shelve.Shelf(dbm.dumb.open(spath, "r"), protocol=2) as sh:
        print(dict(sh), sh.get("config", "gone"))
    with shelve.BsdDbShelf if False else shelve.Shelf(dbm.dumb.open(spath, "c")) as sh:
        sh["pair"] = ("a", 1)
        print(sorted(sh.items()))
