# subTest: parameters in the report, nested subtests, errors inside subtests,
# and a test that keeps going after a failing subtest.
import unittest

import _support


class Sub(unittest.TestCase):
    def test_params(self):
        for word in ["ab", "abc", "abcd"]:
            with self.subTest(word=word, length=len(word)):
                self.assertLess(len(word), 4)

    def test_message_and_nested(self):
        with self.subTest("outer", group=1):
            with self.subTest(item=2):
                self.fail("inner failed")

    def test_error_in_subtest(self):
        with self.subTest(step="divide"):
            1 / 0
        print("after the error", file=__import__("sys").stderr)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)


_support.run(Sub, verbosity=2)
_support.run(Sub, verbosity=1)
