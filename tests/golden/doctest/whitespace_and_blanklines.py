# Trailing whitespace, <BLANKLINE>, tabs expanded in docstrings, output
# without a trailing newline, and an example whose output is empty.
import doctest


def cases():
    """
    >>> print("end", end="")
    end
    >>> print()
    <BLANKLINE>
    >>> print("a\\tb")
    a       b
    >>> x = 5
    >>> print("two\\n\\nparagraphs")
    two
    <BLANKLINE>
    paragraphs
    >>> print(" leading")
     leading
    >>> print("expected blank")
    <BLANKLINE>
    """


doctest.run_docstring_examples(cases, {}, name="cases")
doctest.run_docstring_examples(cases, {}, name="cases", optionflags=doctest.DONT_ACCEPT_BLANKLINE)
