# DocTestSuite and DocFileSuite run through unittest's text runner, with
# setUp/tearDown and optionflags; a failing example inside unittest's report.
import doctest
import io
import re
import sys
import unittest


def good():
    """
    >>> value
    'from setUp'
    """


def bad():
    """
    >>> 3 + 3
    33
    """


def set_up(test):
    test.globs["value"] = "from setUp"


suite = unittest.TestSuite()
suite.addTest(doctest.DocTestSuite(sys.modules[__name__], setUp=set_up))
suite.addTest(doctest.DocFileSuite("_story.txt", optionflags=doctest.ELLIPSIS))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in <T>s", stream.getvalue()), end="")
print(result.testsRun, len(result.failures))
