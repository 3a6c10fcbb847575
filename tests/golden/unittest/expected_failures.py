# expectedFailure on methods and in subtests; unexpected successes make the
# run unsuccessful.
import unittest

import _support


class Expect(unittest.TestCase):
    @unittest.expectedFailure
    def test_fails(self):
        self.assertEqual("a", "b")

    @unittest.expectedFailure
    def test_errors(self):
        raise RuntimeError("boom")

    @unittest.expectedFailure
    def test_succeeds(self):
        pass

    @unittest.expectedFailure
    def test_subtest_fails(self):
        with self.subTest(n=1):
            self.assertTrue(False)


result = _support.run(Expect, verbosity=2)
print(result.wasSuccessful(), len(result.expectedFailures), len(result.unexpectedSuccesses))
result = _support.run(Expect, verbosity=0)
