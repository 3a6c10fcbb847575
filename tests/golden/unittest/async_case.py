# IsolatedAsyncioTestCase: the order of set-up, tests and (async) clean-ups,
# and the outcome of each test (each test runs in its own event loop).
import unittest

from _async_tests import AsyncTests, log

result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests).run(result)
print(result.testsRun, result.wasSuccessful())
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.splitlines()[-1])
for entry in log:
    print(entry)
