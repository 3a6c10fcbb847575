# unittest imports now that _signal exists; its catch-break handler
# (unittest.installHandler) turns a SIGINT during a run into result.stop().
import io
import os
import signal
import unittest


class Sample(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.skip("not today")
    def test_skip(self):
        pass


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Sample))
print(result.testsRun, len(result.failures), len(result.skipped), result.wasSuccessful())
print("\n".join(line for line in stream.getvalue().splitlines() if not line.startswith("Ran ")))


class Interrupted(unittest.TestCase):
    def test_a_interrupt(self):
        os.kill(os.getpid(), signal.SIGINT)

    def test_b_after(self):
        pass


unittest.installHandler()
print(signal.getsignal(signal.SIGINT) is not signal.default_int_handler)
result = unittest.TestResult()
unittest.registerResult(result)
unittest.defaultTestLoader.loadTestsFromTestCase(Interrupted).run(result)
print(result.testsRun, result.shouldStop)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
