# subTest with several parameters, nested subTests, a failing and an
# erroring subtest, and a skip inside a subtest, at verbosity 2.
import unittest

from _support import run


class Params(unittest.TestCase):
    def test_even(self):
        for i in range(4):
            with self.subTest(i=i, kind="even"):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        for a in (1, 2):
            with self.subTest(a=a):
                for b in (0, 1):
                    with self.subTest(b=b):
                        self.assertNotEqual(a * b, 2)

    def test_error(self):
        with self.subTest("named"):
            {}["missing"]

    def test_skip(self):
        with self.subTest(n=1):
            self.skipTest("not today")


run(Params, verbosity=2)
