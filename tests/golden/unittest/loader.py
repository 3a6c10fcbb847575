# The loader: names of test methods, custom order, name patterns,
# loading by name, and the suite's structure.
import unittest

import _support


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    def test_match_me(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*match*"]
print([t.id() for t in loader.loadTestsFromTestCase(Alpha)])
suite = unittest.defaultTestLoader.loadTestsFromName("__main__.Alpha.test_a")
print([t.id() for t in suite])
suite = unittest.defaultTestLoader.loadTestsFromNames(["__main__.Alpha"])
print(suite.countTestCases())
try:
    unittest.defaultTestLoader.loadTestsFromName("__main__.Missing")
except AttributeError as e:
    print("AttributeError:", e)
print(unittest.defaultTestLoader.testMethodPrefix)
print(str(Alpha("test_a")), repr(Alpha("test_a")))
print(Alpha("test_a").id(), Alpha("test_a").shortDescription())
_support.run(loader.loadTestsFromTestCase(Alpha), verbosity=2)
