# Failure messages of the container assertions at verbosity 2:
# assertListEqual, assertDictEqual, assertSetEqual, assertCountEqual,
# assertSequenceEqual with long diffs and assertMultiLineEqual.
import unittest

from _support import run


class Containers(unittest.TestCase):
    maxDiff = None

    def test_list(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_sequence(self):
        self.assertSequenceEqual((1, 2), (1, 2, 3))

    def test_multiline(self):
        self.assertMultiLineEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")


run(Containers, verbosity=2)
