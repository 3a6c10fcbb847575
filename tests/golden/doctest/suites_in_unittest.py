# DocTestSuite and DocFileSuite run by unittest's text runner: passing and
# failing docstrings reported as test failures with doctest's text,
# setUp/tearDown with the test's globs, and a file suite from a temporary
# folder.
import io
import os
import re
import sys
import tempfile
import types
import doctest
import unittest

mod = types.ModuleType("doc_mod")
exec('''
def good():
    """
    >>> good()
    'fine'
    """
    return "fine"

def bad():
    """
    >>> bad() + VALUE
    4
    """
    return 1
''', mod.__dict__)
sys.modules["doc_mod"] = mod


def set_up(test):
    test.globs["VALUE"] = 2
    print("setUp", test.name)


def tear_down(test):
    print("tearDown", test.name)


suite = doctest.DocTestSuite(mod, setUp=set_up, tearDown=tear_down)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w") as f:
        f.write("Notes\n=====\n\n>>> x = 3\n>>> x * 2\n6\n>>> x + 1\n5\n")
    suite.addTest(doctest.DocFileSuite(path, module_relative=False))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = stream.getvalue().replace(tmp, "TMP")
print(re.sub(r"\d+\.\d+s", "Ts", text.replace(__file__, "FILE")), end="")
print(result.testsRun, len(result.failures), len(result.errors))
