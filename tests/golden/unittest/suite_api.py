# TestSuite: adding tests and suites, counting, iterating, running into a
# result, and the suite's repr; a test that is not callable is refused.
import unittest


class A(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


inner = unittest.TestSuite([A("test_1")])
suite = unittest.TestSuite()
suite.addTest(inner)
suite.addTests([A("test_2"), unittest.TestSuite()])
print(suite.countTestCases(), len(list(suite)))
print([type(t).__name__ for t in suite])
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful())
print(repr(unittest.TestSuite([A("test_1")])).replace("tests=", "tests="))
try:
    suite.addTest(5)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTest(A)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTests("ab")
except TypeError as e:
    print("TypeError:", e)
