# python -m unittest --locals shows each frame's local variables in failure
# tracebacks; python -m unittest -v on a module run as a script with main().
import _support

files = {"test_vars.py": '''
    import unittest

    class Vars(unittest.TestCase):
        def test_sum(self):
            values = [1, 2, 3]
            expected = 7
            self.assertEqual(sum(values), expected)

    if __name__ == "__main__":
        unittest.main(verbosity=2)
'''}
_support.run_cli(files, "--locals", "test_vars")
