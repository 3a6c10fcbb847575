# python -m unittest -b: output of passing tests is dropped, output of
# failing ones is shown in the report; without -b it goes straight through.
import _support

files = {"test_noisy.py": '''
    import sys
    import unittest

    class Noisy(unittest.TestCase):
        def test_quiet_pass(self):
            print("stdout of a passing test")

        def test_loud_fail(self):
            print("stdout of a failing test")
            print("stderr of a failing test", file=sys.stderr)
            self.fail("failed on purpose")
'''}
_support.run_cli(files, "-b", "test_noisy")
_support.run_cli(files, "-v", "--buffer", "test_noisy")
_support.run_cli(files, "test_noisy")
