# doctest.testmod on this module: examples in module, function, class and
# method docstrings all pass; the TestResults tuple and verbose output.
"""A module with examples.

>>> 1 + 1
2
"""
import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


class Counter:
    """Counts.

    >>> c = Counter()
    >>> c.bump()
    >>> c.bump()
    >>> c.value
    2
    """

    def __init__(self):
        self.value = 0

    def bump(self):
        """Add one.

        >>> Counter().bump() is None
        True
        """
        self.value += 1


print(doctest.testmod())
print(doctest.testmod(verbose=True))
