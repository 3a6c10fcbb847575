# Option directives inside examples: ELLIPSIS, NORMALIZE_WHITESPACE,
# IGNORE_EXCEPTION_DETAIL (module path and message ignored),
# DONT_ACCEPT_BLANKLINE, DONT_ACCEPT_TRUE_FOR_1, SKIP; several directives
# on one line and on continuation lines; register_optionflag.
import doctest

MY_FLAG = doctest.register_optionflag("MY_FLAG")


def examples():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,
     2, 3, 4]
    >>> raise ValueError("detail one")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    somewhere.ValueError: another detail
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> 1 == 1
    1
    >>> print("a\\n\\nb")  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> this_is_skipped()  # doctest: +SKIP
    >>> print("many  spaces ...")  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    many spaces ...
    >>> sum([1,
    ...      2])  # doctest: +ELLIPSIS
    3
    >>> 5  # doctest: +MY_FLAG
    5
    """


doctest.run_docstring_examples(examples, {}, name="examples")
print(doctest.OPTIONFLAGS_BY_NAME["MY_FLAG"] == MY_FLAG, MY_FLAG > doctest.FAIL_FAST)
try:
    doctest.DocTestParser().parse(">>> 1  # doctest: +NO_SUCH_FLAG\n1\n", "bad")
except ValueError as e:
    print("ValueError:", e)
