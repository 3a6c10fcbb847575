# Test discovery: `python -m unittest` with no arguments, `discover` with
# -s/-p/-t, and packages.
import _support

files = {
    "test_top.py": '''
        import unittest

        class Top(unittest.TestCase):
            def test_top(self):
                pass
    ''',
    "pkg/__init__.py": "",
    "pkg/test_inner.py": '''
        import unittest

        class Inner(unittest.TestCase):
            def test_inner(self):
                pass

            def test_inner_fails(self):
                self.assertIn(1, [2])
    ''',
    "pkg/check_other.py": '''
        import unittest

        class Other(unittest.TestCase):
            def test_other(self):
                pass
    ''',
    "nopkg/test_ignored.py": '''
        import unittest

        class Ignored(unittest.TestCase):
            def test_ignored(self):
                pass
    ''',
}
_support.run_cli(files, "-v")
_support.run_cli(files, "discover", "-v", "-s", "pkg", "-t", ".")
_support.run_cli(files, "discover", "-v", "-p", "check_*.py")
_support.run_cli(files, "discover", "-v", "pkg", "check_*.py", ".")
