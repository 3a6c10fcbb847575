# A TestResult used directly and a custom result class: startTest/stopTest
# hooks, failures and errors as (test, traceback text), shouldStop, stop().
import unittest


class Recording(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def addSuccess(self, test):
        super().addSuccess(test)
        print("success", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print("failure", test.id(), err[0].__name__)

    def addError(self, test, err):
        super().addError(test, err)
        print("error", test.id(), err[0].__name__)


class T(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.assertEqual(1, 0)

    def test_3(self):
        raise OSError("disk")

    def test_4(self):
        pass


result = Recording()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.testsRun, result.wasSuccessful(), result.shouldStop)
for test, text in result.failures + result.errors:
    print(test.id(), text.splitlines()[-1])
result = unittest.TestResult()
result.failfast = True
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.testsRun, result.shouldStop)
result = unittest.TestResult()
result.stop()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.testsRun)
