# setUpModule/tearDownModule and addModuleCleanup of the module the tests
# live in, run by the loader on this program's own module.
import sys
import unittest

import _support

log = []


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    def test_a(self):
        log.append("a")


class Second(unittest.TestCase):
    def test_b(self):
        log.append("b")


suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
_support.run(suite, verbosity=2)
print(log)
