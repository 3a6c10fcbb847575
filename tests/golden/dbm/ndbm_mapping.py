# dbm.ndbm's database as a mapping: store, fetch, keys, len, `in`, get,
# setdefault, deletion and the context manager, in a temporary directory.
import dbm.ndbm
import os
import shutil
import tempfile

here = tempfile.mkdtemp()
os.chdir(here)
try:
    print(dbm.ndbm.library)
    with dbm.ndbm.open("data", "c") as db:
        db["spam"] = "eggs"
        db[b"ham"] = b"toast"
        db["caf\u00e9"] = "cr\u00e8me"
        db[b"nul\x00key"] = b"nul\x00value"
        print(len(db), sorted(db.keys()))
        print(db["spam"], db[b"spam"], db["caf\u00e9"], db[b"nul\x00key"])
        print("spam" in db, b"ham" in db, "nope" in db, "caf\u00e9".encode() in db)
        print(db.get("ham"), db.get("nope"), db.get("nope", 42))
        print(db.setdefault("ham"), db.setdefault("fresh"), db.setdefault("other", "value"))
        print(sorted(db.keys()), len(db))
        db["spam"] = "replaced"
        del db["fresh"]
        print(db["spam"], len(db), "fresh" in db)
    print(sorted(os.listdir(".")))
    db = dbm.ndbm.open("data")
    print(sorted((k, db[k]) for k in db.keys()))
    db.close()
    db.close()
    db = dbm.ndbm.open("data", "w")
    for i in range(200):
        db["key%03d" % i] = str(i * i)
    print(len(db), db["key150"], db["key199"])
    db.close()
    db = dbm.ndbm.open("data", "n")
    print(len(db), db.keys())
    db.close()
finally:
    os.chdir("/")
    shutil.rmtree(here)
