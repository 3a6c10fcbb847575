# python -m unittest -f and --failfast stop at the first failure.
import _support

files = {"test_words.py": '''
    import unittest

    class Words(unittest.TestCase):
        def test_alpha(self):
            self.assertTrue("abc".isalpha())

        def test_beta_fails(self):
            self.assertEqual("b", "B")

        def test_gamma_fails(self):
            self.assertEqual("g", "G")

        def test_delta(self):
            pass
'''}
_support.run_cli(files, "-f", "test_words")
_support.run_cli(files, "-v", "--failfast", "test_words")
