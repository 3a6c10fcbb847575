"""A module whose docstrings pytest runs with --doctest-modules.

>>> area(2, 3)
6
"""


def area(width, height):
    """Area of a rectangle.

    >>> area(4, 5)
    20
    >>> area(-1, 2)
    Traceback (most recent call last):
    ValueError: negative side
    """
    if width < 0 or height < 0:
        raise ValueError("negative side")
    return width * height


def perimeter(width, height):
    """Perimeter, documented wrongly on purpose.

    >>> perimeter(1, 1)
    5
    """
    return 2 * (width + height)
