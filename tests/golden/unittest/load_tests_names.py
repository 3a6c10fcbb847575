# The loader: the load_tests protocol, loadTestsFromName(s) with dotted
# names (module, class, method, a callable returning a suite), errors for
# names that do not resolve (reported as failing _FailedTest cases),
# testMethodPrefix and sortTestMethodsUsing.
import sys
import types
import unittest

import _support

mod = types.ModuleType("names_mod")
exec('''
import unittest

class Alpha(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def check_c(self): pass

class Beta(unittest.TestCase):
    def test_only(self): pass

def make_suite():
    return unittest.TestSuite([Alpha("test_a")])

def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(Beta("test_only"))
    suite.addTest(Alpha("test_b"))
    return suite
''', mod.__dict__)
sys.modules["names_mod"] = mod

loader = unittest.TestLoader()


def ids(suite):
    out = []
    for t in suite:
        out.extend(ids(t) if isinstance(t, unittest.TestSuite) else [t.id()])
    return out


print(ids(loader.loadTestsFromModule(mod)))
print(ids(loader.loadTestsFromName("names_mod.Alpha")))
print(ids(loader.loadTestsFromName("names_mod.Alpha.test_a")))
print(ids(loader.loadTestsFromName("names_mod.make_suite")))
print(ids(loader.loadTestsFromNames(["names_mod.Beta", "Alpha.test_b"], mod)))
print(loader.getTestCaseNames(mod.Alpha))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(mod.Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(mod.Alpha))

loader = unittest.TestLoader()
bad = loader.loadTestsFromNames(["names_mod.Missing", "no_such_module_abc", "names_mod.Alpha.test_zzz"])
print(ids(bad))
print(len(loader.errors))
_support.run(bad, verbosity=2)
