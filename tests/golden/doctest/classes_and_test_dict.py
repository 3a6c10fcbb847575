# doctest finds examples in classes, methods, properties, static and class
# methods, nested classes and __test__ (deposit's example fails on purpose).
import doctest


class Account:
    """
    >>> Account(5).balance
    5
    """

    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        """
        >>> Account(2).balance + 1
        3
        """
        return self._balance

    def deposit(self, amount):
        """
        >>> a = Account(1)
        >>> a.deposit(4)
        >>> a.balance
        6
        """
        self._balance += amount

    @staticmethod
    def currency():
        """
        >>> Account.currency()
        'EUR'
        """
        return "EUR"

    class Audit:
        """
        >>> Account.Audit.level
        'full'
        """
        level = "full"


__test__ = {"extra": """
>>> 2 ** 5
32
"""}

if __name__ == "__main__":
    finder = doctest.DocTestFinder()
    for test in sorted(finder.find(__import__("__main__")), key=lambda t: t.name):
        print(test.name, len(test.examples))
    print(doctest.testmod())
