# Failure reports under REPORT_UDIFF, REPORT_CDIFF and REPORT_NDIFF,
# REPORT_ONLY_FIRST_FAILURE and FAIL_FAST, each given to run_docstring_examples
# and through a DocTestRunner's optionflags; inline directives turning a
# flag off again.
import doctest


def lines():
    """
    >>> print("one\\ntwo\\nthree\\nfour")
    one
    TWO
    three
    four
    >>> 1 + 1
    3
    >>> print("a b")  # doctest: -REPORT_UDIFF
    a  b
    """


for name in ("REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST"):
    print("===", name)
    flags = getattr(doctest, name)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=flags, verbose=False)
    for test in finder.find(lines, "lines", globs={}):
        runner.run(test)
    print(runner.summarize(verbose=False))
