# python -m unittest: a missing module, a missing test name, --help's first
# line, and the exit status of an empty run.
import _support

files = {"test_x.py": '''
    import unittest

    class X(unittest.TestCase):
        def test_x(self):
            pass
'''}
_support.run_cli(files, "no_such_module")
_support.run_cli(files, "test_x.X.test_nothing")
_support.run_cli(files, "-k", "zzz", "test_x")
_support.run_cli(files, "--unknown-option")
