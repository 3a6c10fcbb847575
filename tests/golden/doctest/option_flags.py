# Option flags by directive and by optionflags=: ELLIPSIS, NORMALIZE_WHITESPACE,
# IGNORE_EXCEPTION_DETAIL, SKIP, DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE
# and the report styles REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, plus
# REPORT_ONLY_FIRST_FAILURE and FAIL_FAST.
import doctest


def directives():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(1, 2,   3)  # doctest: +NORMALIZE_WHITESPACE
    1   2
    3
    >>> raise ValueError("some detail")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> this_is_skipped()  # doctest: +SKIP
    >>> True
    1
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """


def lines():
    """
    >>> print("one\\ntwo\\nthree\\nfour")
    one
    2
    three
    4
    >>> 1
    2
    """


for name, flags in [("default", 0), ("DONT_ACCEPT_TRUE_FOR_1", doctest.DONT_ACCEPT_TRUE_FOR_1),
                    ("REPORT_UDIFF", doctest.REPORT_UDIFF), ("REPORT_CDIFF", doctest.REPORT_CDIFF),
                    ("REPORT_NDIFF", doctest.REPORT_NDIFF),
                    ("REPORT_ONLY_FIRST_FAILURE", doctest.REPORT_ONLY_FIRST_FAILURE),
                    ("FAIL_FAST", doctest.FAIL_FAST)]:
    print("==== optionflags:", name)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=flags)
    for test in finder.find(directives) + finder.find(lines):
        runner.run(test)
    print(runner.summarize(verbose=False))
