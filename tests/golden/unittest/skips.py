# Every way to skip: decorators, skipTest, a skipped class, and setUp skipping.
import sys
import unittest

import _support


class Skips(unittest.TestCase):
    @unittest.skip("always")
    def test_skip(self):
        pass

    @unittest.skipIf(sys.version_info >= (3,), "python 3")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(sys.platform == "win32", "windows only")
    def test_skip_unless(self):
        pass

    @unittest.skipIf(False, "never")
    def test_runs(self):
        pass

    def test_skip_test(self):
        self.skipTest("decided inside")

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("odd one")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("from setUp")

    def test_never(self):
        raise AssertionError


result = _support.run(Skips, SkippedClass, SkipInSetUp, verbosity=2)
for test, reason in result.skipped:
    print(test.id(), "->", reason)
