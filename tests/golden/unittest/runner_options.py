# TextTestRunner's options: failfast, buffer (captured output shown for
# failures), tb_locals, descriptions=False, and warnings turned into reports.
import sys
import unittest
import warnings

import _support


class Outputs(unittest.TestCase):
    def test_a_prints_and_passes(self):
        print("quiet output")

    def test_b_prints_and_fails(self):
        print("loud output")
        print("loud error", file=sys.stderr)
        self.assertEqual(1, 2)

    def test_c_locals(self):
        """A docstring that descriptions=False hides."""
        numbers = [1, 2]
        total = sum(numbers)
        self.assertEqual(total, 4)

    def test_d_warns(self):
        warnings.warn("deprecated thing", DeprecationWarning)


print("== failfast")
_support.run(Outputs, verbosity=2, failfast=True)
print("== buffer")
_support.run(Outputs, verbosity=1, buffer=True)
print("== tb_locals, descriptions=False")
_support.run(unittest.TestSuite([Outputs("test_c_locals")]), verbosity=2, tb_locals=True, descriptions=False)
print("== warnings='error'")
_support.run(unittest.TestSuite([Outputs("test_d_warns")]), verbosity=2, warnings="error")
