# unittest.main() at the bottom of a test script: the report goes to stderr
# and the exit status says whether everything passed.
import subprocess
import sys
import os
import re
import tempfile

SCRIPT = '''
import unittest

class Script(unittest.TestCase):
    def test_ok(self):
        pass

    def test_bad(self):
        self.assertFalse([1])

if __name__ == "__main__":
    unittest.main()
'''

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "script_tests.py")
    with open(path, "w") as f:
        f.write(SCRIPT)
    for args in ([], ["-v"], ["Script.test_ok"]):
        proc = subprocess.run([sys.executable, path, *args], capture_output=True, text=True)
        print("args", args, "exit", proc.returncode)
        print(re.sub(r"in \d+\.\d+s", "in <T>s", proc.stderr.replace(folder, "<tmp>")), end="")
