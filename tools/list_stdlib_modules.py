#!/usr/bin/python3.11
"""Writes tests/stdlib/modules.txt: every module and submodule of Debian's
CPython 3.11 library that the oracle (/usr/bin/python3.11) imports cleanly
with `python3.11 -S -c "import X"`, leaving out the test suites, IDLE, Tk
and the demos. Run by hand; the test suite reads the list, never CPython.
"""
import os
import pkgutil
import subprocess
import sys

LIBRARY = "/usr/lib/python3.11"
LEFT_OUT = ("test", "idlelib", "tkinter", "turtledemo", "turtle", "lib2to3.tests", "ctypes.test",
            "distutils.tests", "unittest.test", "sqlite3.test", "tkinter.test", "__main__", "this",
            "antigravity", "__phello__", "__hello__")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "stdlib", "modules.txt")


def left_out(name):
    parts = name.split(".")
    return any(name == x or name.startswith(x + ".") for x in LEFT_OUT) or "test" in parts or "tests" in parts \
        or parts[-1] == "__main__"


def candidates():
    for info in pkgutil.walk_packages([LIBRARY], onerror=lambda name: None):
        if not left_out(info.name):
            yield info.name


def imports_cleanly(name):
    result = subprocess.run([sys.executable, "-S", "-c", f"import {name}"], capture_output=True, timeout=60)
    return result.returncode == 0 and not result.stderr


def main():
    names = sorted(n for n in set(candidates()) if imports_cleanly(n))
    with open(OUT, "w") as f:
        f.write("".join(n + "\n" for n in names))
    print(f"{len(names)} modules written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
