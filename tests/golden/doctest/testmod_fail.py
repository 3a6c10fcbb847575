# A failing doctest report: wrong output, an unexpected exception, and a
# missing expected exception; the summary lines and the TestResults.
import doctest


def wrong():
    """
    >>> 2 * 3
    7
    >>> "a" + "b"
    'ab'
    """


def raises():
    """
    >>> {}["key"]
    'value'
    >>> int("x")
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'x'
    >>> int("5")
    Traceback (most recent call last):
    ValueError: nothing
    """


def multiline():
    """
    >>> for i in range(3):
    ...     print(i)
    0
    1
    3
    """


print(doctest.testmod())
