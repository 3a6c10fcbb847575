# Errors in setUp, tearDown, setUpClass and a cleanup: how each is
# reported, and which tests still run, at verbosity 1 and 2.
import unittest

from _support import run


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp failed")

    def test_never_runs(self):
        print("not printed")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown failed")

    def test_runs(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("setUpClass failed")

    def test_skipped_by_class(self):
        pass


class BrokenCleanup(unittest.TestCase):
    def test_cleanup(self):
        self.addCleanup(lambda: 1 / 0)


for verbosity in (1, 2):
    print(f"--- verbosity {verbosity}")
    run(BrokenSetUp, BrokenTearDown, BrokenClass, BrokenCleanup, verbosity=verbosity)
