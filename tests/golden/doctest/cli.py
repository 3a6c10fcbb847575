# python -m doctest on a module and a text file, -v, -o FLAG and -f.
import os
import subprocess
import sys
import tempfile

MODULE = '''
def half(x):
    """
    >>> half(4)
    2.0
    >>> half(3)
    1
    """
    return x / 2
'''

TEXT = '''
    >>> [1, 2, 3, 4, 5, 6, 7]
    [1, ..., 7]
    >>> "ok"
    'ok'
'''


def run(folder, *args):
    proc = subprocess.run([sys.executable, "-m", "doctest", *args], cwd=folder, capture_output=True, text=True)
    print("$ python -m doctest", *args, "-> exit", proc.returncode)
    print(proc.stdout.replace(folder, "<tmp>"), end="")
    print(proc.stderr.replace(folder, "<tmp>"), end="")


with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    with open(os.path.join(folder, "halves.py"), "w") as f:
        f.write(MODULE)
    with open(os.path.join(folder, "notes.txt"), "w") as f:
        f.write(TEXT)
    run(folder, "halves.py")
    run(folder, "-v", "notes.txt")
    run(folder, "-o", "ELLIPSIS", "notes.txt")
    run(folder, "-f", "halves.py", "notes.txt")
    run(folder, "-o", "NO_SUCH_FLAG", "notes.txt")
