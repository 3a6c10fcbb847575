"""unittest.TestCase classes collected and run by pytest."""
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.base = 10

    def test_add(self):
        self.assertEqual(self.base + 5, 15)

    def test_sub_fails(self):
        self.assertEqual(self.base - 5, 4)

    @unittest.skip("skipped the unittest way")
    def test_skipped(self):
        pass
