# shelve over dbm.open (so over dbm.ndbm): pickled values under str keys.
import os
import shelve
import shutil
import tempfile

here = tempfile.mkdtemp()
os.chdir(here)
try:
    with shelve.open("shelf") as shelf:
        shelf["numbers"] = [1, 2, 3]
        shelf["mapping"] = {"a": (1, 2), "b": None}
        shelf["text"] = "caf\u00e9"
    with shelve.open("shelf", "r") as shelf:
        for key in sorted(shelf):
            print(key, shelf[key])
        print(len(shelf), "numbers" in shelf, "absent" in shelf)
    with shelve.open("shelf", writeback=True) as shelf:
        shelf["numbers"].append(4)
        del shelf["text"]
    with shelve.open("shelf") as shelf:
        print(sorted(shelf.items()))
finally:
    os.chdir("/")
    shutil.rmtree(here)
