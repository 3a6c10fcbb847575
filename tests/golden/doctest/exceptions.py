# Exceptions in doctests: tracebacks with header variants, multi-line
# messages, exceptions with notes (3.11), and exception chaining.
import doctest


def cases():
    """
    >>> raise KeyError("k")
    Traceback (most recent call last):
      File "<stdin>", line 1, in ?
    KeyError: 'k'
    >>> raise ValueError("first\\nsecond")
    Traceback (most recent call last):
    ValueError: first
    second
    >>> def f():
    ...     raise TypeError("inside f")
    >>> f()
    Traceback (innermost last):
    TypeError: inside f
    >>> import collections
    >>> collections.OrderedDict(a=1).missing
    Traceback (most recent call last):
    AttributeError: 'OrderedDict' object has no attribute 'missing'
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: integer division by zero
    """


print(doctest.run_docstring_examples(cases, {}, name="cases"))
print(doctest.testmod())
