# doctest.testmod with verbose=True: each example tried, expected and got,
# and the summary of passing and failing items.
import doctest


def double(x):
    """
    >>> double(2)
    4
    >>> double("ab")
    'abab'
    """
    return x * 2


def broken(x):
    """
    >>> broken(1)
    3
    """
    return x + 1


def no_tests():
    return None


if __name__ == "__main__":
    result = doctest.testmod(verbose=True)
    print(result)
