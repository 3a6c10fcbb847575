# unittest.main() in-process with argv: -v, -q, -k patterns, -f (failfast)
# and -b (buffer) reaching the runner, exit=False and the result kept on
# the program object; test names given on the command line.
import io
import unittest

import _support


class Words(unittest.TestCase):
    def test_alpha(self):
        print("alpha output")

    def test_beta_fails(self):
        print("beta output")
        self.assertEqual("b", "B")

    def test_gamma(self):
        pass

    def test_delta_fails(self):
        self.fail("delta")


class Runner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        print("runner options:", sorted((k, v) for k, v in kwargs.items() if k != "warnings"))
        self.buffer_out = io.StringIO()
        super().__init__(stream=self.buffer_out, **kwargs)

    def run(self, test):
        result = super().run(test)
        print(_support.mask(self.buffer_out.getvalue()), end="")
        return result


for argv in (["prog", "-v", "-k", "alpha"], ["prog", "-q", "-f"], ["prog", "-b", "-k", "*_fails"],
             ["prog", "-v", "Words.test_gamma", "Words.test_alpha"]):
    print("$", *argv)
    program = unittest.main(module=__name__, argv=argv, exit=False, testRunner=Runner)
    print("ran", program.result.testsRun, "ok", program.result.wasSuccessful())
