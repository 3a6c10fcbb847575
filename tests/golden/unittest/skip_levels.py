# Skips at every level: a skipped class, SkipTest raised in setUpClass and
# in setUpModule of a loaded module, skipIf/skipUnless, self.skipTest in a
# subTest, and skips as reported at verbosity 2 with the skip reasons.
import sys
import types
import unittest

import _support


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class ClassSetupSkips(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no database")

    def test_query(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(sys.maxsize > 1, "big platform")
    def test_if(self):
        pass

    @unittest.skipUnless(sys.maxsize < 1, "needs tiny ints")
    def test_unless(self):
        pass

    def test_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("odd one")
                self.assertLess(i, 5)

    def test_runs(self):
        self.assertTrue(True)


module = types.ModuleType("fake_mod")
exec('''
import unittest

def setUpModule():
    raise unittest.SkipTest("module unavailable")

class InModule(unittest.TestCase):
    def test_x(self):
        pass
''', module.__dict__)
sys.modules["fake_mod"] = module
module_suite = unittest.defaultTestLoader.loadTestsFromModule(module)

result = _support.run(Skipped, ClassSetupSkips, Conditional, module_suite, verbosity=2)
print("skipped:", [(type(t).__name__ if not hasattr(t, "_testMethodName") else t._testMethodName, r)
                   for t, r in result.skipped])
print("ran", result.testsRun, "ok", result.wasSuccessful())
