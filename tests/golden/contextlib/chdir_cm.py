# contextlib.chdir changes the working directory and restores it, also on error.
import os
from contextlib import chdir

start = os.getcwd()
os.makedirs("_chdir_tmp/inner", exist_ok=True)
with chdir("_chdir_tmp"):
    print(os.path.basename(os.getcwd()))
    with chdir("inner"):
        print(os.path.basename(os.getcwd()))
    print(os.path.basename(os.getcwd()))
print("restored:", os.getcwd() == start)

try:
    with chdir("_chdir_tmp/inner"):
        raise RuntimeError("error inside")
except RuntimeError:
    print("restored after error:", os.getcwd() == start)

cm = chdir(os.path.abspath("_chdir_tmp"))
with cm:
    with cm:
        print("reentrant", os.path.basename(os.getcwd()))
    print("after inner", os.path.basename(os.getcwd()))
print("restored:", os.getcwd() == start)

try:
    with chdir("_does_not_exist"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
print("unchanged:", os.getcwd() == start)
os.rmdir("_chdir_tmp/inner")
os.rmdir("_chdir_tmp")
