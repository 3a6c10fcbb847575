# python -m pdb on a script (a child process of the interpreter under
# test): stepping, a breakpoint, continue to the end and the restart
# message, then quit; and -c continue running to an uncaught exception's
# post-mortem.
import os
import subprocess
import sys
import tempfile

SCRIPT = '''\
def twice(x):
    return x * 2


value = twice(21)
print("value", value)
'''

FAILING = '''\
def bad():
    return 1 / 0


bad()
'''


def run(args, source, stdin):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "script.py")
        with open(path, "w") as f:
            f.write(source)
        proc = subprocess.run([sys.executable, "-m", "pdb", *args, path], input=stdin, capture_output=True,
                              text=True, cwd=tmp)
        print(proc.stdout.replace(tmp, "TMP"), end="")
        print("exit", proc.returncode, proc.stderr.replace(tmp, "TMP"))


run([], SCRIPT, "next\nnext\nstep\nwhere\nbreak 6\ncontinue\ncontinue\nquit\n")
run(["-c", "continue"], FAILING, "p 1\nwhere\nquit\n")
