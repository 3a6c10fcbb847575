# TextTestRunner(buffer=True): output of passing tests is swallowed and a
# failure's stdout/stderr shown in its report; failfast stops after the
# first failure; tb_locals shows locals; a custom resultclass.
import sys
import unittest

import _support


class Chatty(unittest.TestCase):
    def test_1_quiet_pass(self):
        print("hidden output")

    def test_2_noisy_fail(self):
        print("visible stdout")
        print("visible stderr", file=sys.stderr)
        self.fail("boom")

    def test_3_after(self):
        print("after the failure")


print("--- buffer")
_support.run(Chatty, buffer=True)
print("--- failfast")
result = _support.run(Chatty, failfast=True, buffer=True)
print("ran", result.testsRun, "shouldStop", result.shouldStop)


class Locals(unittest.TestCase):
    def test_locals(self):
        answer = 41
        self.assertEqual(answer, 42)


print("--- tb_locals")
_support.run(Locals, tb_locals=True)


class Counting(unittest.TextTestResult):
    def startTest(self, test):
        super().startTest(test)
        self.stream.write(f"[start {test._testMethodName}] ")

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[success] ")


print("--- resultclass")
_support.run(Locals, Chatty, resultclass=Counting, buffer=True)
