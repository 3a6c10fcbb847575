# setUpClass/tearDownClass around a class's tests, and what the report says
# when setUpClass or tearDownClass raise.
import unittest

import _support

log = []


class Good(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = [1, 2]

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def test_one(self):
        self.shared.append(3)
        log.append("one")

    def test_two(self):
        log.append(f"two {self.shared}")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("no database")

    def test_never(self):
        log.append("never")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError("cannot close")

    def test_fine(self):
        log.append("fine")


_support.run(Good, BrokenSetUpClass, BrokenTearDownClass, verbosity=2)
print(log)
