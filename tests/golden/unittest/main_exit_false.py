# unittest.main(exit=False) with argv, its result, and -q/-v/-k/-f given in argv.
import io
import sys
import unittest

import _support


class Numbers(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three(self):
        pass


for argv in (["prog"], ["prog", "-v"], ["prog", "-q"], ["prog", "-k", "t*e"], ["prog", "-f"],
             ["prog", "Numbers.test_three"]):
    stream = io.StringIO()
    program = unittest.main(module="__main__", argv=argv, exit=False,
                            testRunner=unittest.TextTestRunner(stream=stream))
    print(argv, program.result.testsRun, program.result.wasSuccessful())
    print(_support.mask(stream.getvalue()))
