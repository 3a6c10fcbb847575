# Binary keys and values of every byte, large values and many keys survive a
# round trip through dbm.ndbm; str keys are stored as their UTF-8.
import dbm.ndbm
import hashlib
import os
import shutil
import tempfile

here = tempfile.mkdtemp()
os.chdir(here)
try:
    every_byte = bytes(range(256))
    big = b"0123456789abcdef" * 4096
    with dbm.ndbm.open("bin", "c") as db:
        db[every_byte] = every_byte[::-1]
        db["big"] = big
        db[""] = "empty key"
        db["empty value"] = b""
        db["\u65e5\u672c"] = "\u8a9e"
        for i in range(1000):
            db[i.to_bytes(2, "big")] = str(i)
    with dbm.ndbm.open("bin") as db:
        print(db[every_byte] == every_byte[::-1])
        print(len(db["big"]), hashlib.sha256(db["big"]).hexdigest()[:16])
        print(db[b""], repr(db["empty value"]))
        print(db["\u65e5\u672c".encode()], db["\u65e5\u672c"].decode())
        keys = sorted(db.keys())
        print(len(keys), keys[:3], keys[-3:])
        print(sum(int(db[k]) for k in keys if len(k) == 2))
finally:
    os.chdir("/")
    shutil.rmtree(here)
