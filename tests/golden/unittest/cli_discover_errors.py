# Discovery in a folder with a module that fails to import and a module
# with load_tests.
import _support

broken = {
    "test_broken.py": "import module_that_is_missing\n",
    "test_fine.py": '''
        import unittest

        class Fine(unittest.TestCase):
            def test_fine(self):
                pass
    ''',
    "test_load.py": '''
        import unittest

        class Loaded(unittest.TestCase):
            def test_kept(self):
                pass

            def test_dropped(self):
                pass

        def load_tests(loader, tests, pattern):
            return unittest.TestSuite([Loaded("test_kept")])
    ''',
}
_support.run_cli(broken, "-v")
