# expectedFailure on methods and with subtests, unexpected successes at
# verbosity 1 and 2 (the FAILED summary counts them), docstring first
# lines as descriptions at verbosity 2, and the result's lists.
import unittest

import _support


class Expectations(unittest.TestCase):
    @unittest.expectedFailure
    def test_known_bug(self):
        """Known bug: off by one.

        More text that is not shown."""
        self.assertEqual(1 + 1, 3)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        """The bug that got fixed."""
        self.assertEqual(1 + 1, 2)

    @unittest.expectedFailure
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_plain(self):
        """Plain passing test."""

    @unittest.expectedFailure
    def test_error_counts(self):
        raise RuntimeError("expected error")


for verbosity in (0, 1, 2):
    print(f"--- verbosity {verbosity}")
    result = _support.run(Expectations, verbosity=verbosity)
print([t._testMethodName for t, _ in result.expectedFailures])
print([t._testMethodName for t in result.unexpectedSuccesses])
print(result.wasSuccessful())
