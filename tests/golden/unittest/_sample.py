"""A TestCase with every outcome, shared by the verbosity goldens."""
import unittest


class Sample(unittest.TestCase):
    """Sample tests."""

    def test_pass(self):
        """A passing test with a docstring."""
        self.assertTrue(True)

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not now")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_message(self):
        self.assertIn("x", "abc", msg="letter missing")
