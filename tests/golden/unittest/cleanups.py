# addCleanup runs in reverse order after tearDown, also when setUp fails;
# doCleanups; errors raised by cleanups; class and module cleanups.
import unittest

import _support

log = []


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup")

    def setUp(self):
        log.append("setUp")
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")

    def tearDown(self):
        log.append("tearDown")

    def test_order(self):
        log.append("test")

    def test_failing_cleanup(self):
        self.addCleanup(self.explode)
        log.append("test 2")

    def explode(self):
        raise ValueError("cleanup exploded")

    def test_do_cleanups(self):
        self.addCleanup(log.append, "early")
        self.doCleanups()
        log.append("after doCleanups")


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup despite setUp error")
        raise RuntimeError("setUp broke")

    def test_x(self):
        log.append("never")


class CleanupArgs(unittest.TestCase):
    def test_kwargs(self):
        self.addCleanup(lambda a, *, b: log.append(f"args {a} {b}"), 1, b=2)


_support.run(Cleanups, SetUpFails, CleanupArgs, verbosity=2)
for entry in log:
    print(entry)
