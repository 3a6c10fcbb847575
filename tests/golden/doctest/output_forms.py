# doctest examples whose output takes several forms: multi-line output,
# continuation lines, printed blank lines with <BLANKLINE>, a traceback with
# a detail spanning lines, and a failing multi-line expectation.
import doctest


def forms():
    """
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> raise ValueError("multi\\nline")
    Traceback (most recent call last):
      ...
    ValueError: multi
    line
    >>> print("x\\ny")
    x
    z
    """


if __name__ == "__main__":
    print(doctest.testmod())
