# python -m unittest: a -k pattern matching nothing, an unknown option.
import _support

files = {"test_x.py": '''
    import unittest

    class X(unittest.TestCase):
        def test_x(self):
            pass
'''}
_support.run_cli(files, "-k", "zzz", "test_x")
_support.run_cli(files, "--unknown-option")
