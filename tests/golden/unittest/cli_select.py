# python -m unittest -k patterns (substring and fnmatch).
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
_support.run_cli(files, "-v", "-k", "alpha", "test_words")
_support.run_cli(files, "-v", "-k", "fails", "-k", "delta", "test_words")
_support.run_cli(files, "-v", "-k", "*a_f*", "test_words")
