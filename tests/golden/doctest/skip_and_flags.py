# doctest directives in examples: +SKIP, +ELLIPSIS, +NORMALIZE_WHITESPACE,
# +IGNORE_EXCEPTION_DETAIL, and a report flag given to testmod.
import doctest


def sample():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> never_defined()  # doctest: +SKIP
    >>> print("a    b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> 1 + 1
    3
    """


if __name__ == "__main__":
    print(doctest.testmod(optionflags=doctest.REPORT_NDIFF))
