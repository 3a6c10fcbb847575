# doctest's debugging helpers that do not start pdb: testsource,
# DebugRunner raising the failure, and an UnexpectedException's content.
import doctest
import sys


def subject():
    """
    >>> x = 2
    >>> x + 2
    5
    >>> undefined_name
    """


print(doctest.testsource(sys.modules[__name__], "__main__.subject"))
test = doctest.DocTestFinder().find(subject, "subject")[0]
runner = doctest.DebugRunner(verbose=False)
try:
    runner.run(test)
except doctest.DocTestFailure as failure:
    print("DocTestFailure:", failure.example.source.strip(), "->", repr(failure.got))
test = doctest.DocTestFinder().find(subject, "subject")[0]
test.examples[1].want = "4\n"
try:
    runner.run(test, clear_globs=False)
except doctest.UnexpectedException as failure:
    print("UnexpectedException:", failure.exc_info[0].__name__, failure.exc_info[1])
