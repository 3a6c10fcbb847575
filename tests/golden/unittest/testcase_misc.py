# TestCase odds and ends: addTypeEqualityFunc, a custom failureException,
# debug() letting exceptions through, equality and hashing of tests,
# FunctionTestCase, countTestCases, defaultTestResult and enterContext.
import contextlib
import unittest

import _support


class Money:
    def __init__(self, cents):
        self.cents = cents


class Custom(unittest.TestCase):
    failureException = RuntimeError

    def setUp(self):
        self.addTypeEqualityFunc(Money, self.assert_money_equal)

    def assert_money_equal(self, a, b, msg=None):
        if a.cents != b.cents:
            raise self.failureException(f"{a.cents} cents != {b.cents} cents")

    def test_money(self):
        self.assertEqual(Money(5), Money(6))

    def test_enter_context(self):
        log = []

        @contextlib.contextmanager
        def resource():
            log.append("enter")
            yield "value"
            log.append("exit")

        self.assertEqual(self.enterContext(resource()), "value")
        self.addCleanup(lambda: print("cleanup sees", log))


def plain_function():
    assert 2 + 2 == 5, "math is broken"


_support.run(Custom, unittest.FunctionTestCase(plain_function, description="a plain function"), verbosity=2)
print(Custom("test_money") == Custom("test_money"), Custom("test_money") == Custom("test_enter_context"))
print(hash(Custom("test_money")) == hash(Custom("test_money")))
print(Custom("test_money").countTestCases(), type(Custom("test_money").defaultTestResult()).__name__)
try:
    Custom("test_money").debug()
except RuntimeError as e:
    print("debug raised", type(e).__name__, e)
try:
    Custom("no_such_method")
except ValueError as e:
    print("ValueError:", e)
