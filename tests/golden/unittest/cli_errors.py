# python -m unittest: a missing module and a missing test name.
import _support

files = {"test_x.py": '''
    import unittest

    class X(unittest.TestCase):
        def test_x(self):
            pass
'''}
_support.run_cli(files, "no_such_module")
_support.run_cli(files, "test_x.X.test_nothing")
