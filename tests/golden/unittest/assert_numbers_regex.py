# Failure messages of assertAlmostEqual (places and delta), assertGreater
# and friends, assertIsInstance, assertIn, assertRegex, assertRaisesRegex
# and assertWarns, with a custom msg and longMessage off.
import unittest
import warnings

from _support import run


class Numbers(unittest.TestCase):
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2, "custom message")

    def test_instance(self):
        self.assertIsInstance("x", int)

    def test_in(self):
        self.assertIn(4, [1, 2, 3])

    def test_regex(self):
        self.assertRegex("hello", r"^world")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "expected text"):
            raise ValueError("other text")

    def test_warns(self):
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", UserWarning)


class Short(unittest.TestCase):
    longMessage = False

    def test_short(self):
        self.assertEqual(1, 2, "only this")


run(Numbers, Short, verbosity=2)
