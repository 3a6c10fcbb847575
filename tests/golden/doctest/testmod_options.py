# testmod's parameters: name, globs and extraglobs, exclude_empty, report,
# raise_on_error, __test__ entries, and the master runner's summary.
import doctest
import sys

__test__ = {
    "extra": """
    >>> extra_value
    'from extraglobs'
    """,
    "arith": """
    >>> 6 * 7
    42
    """,
}


def undocumented():
    pass


def uses_global():
    """
    >>> GLOBAL * 2
    4
    """


GLOBAL = 2
module = sys.modules[__name__]
print(doctest.testmod(module, name="renamed", extraglobs={"extra_value": "from extraglobs"}))
print(doctest.testmod(module, globs={"GLOBAL": 5}, extraglobs={"extra_value": "from extraglobs"},
                      report=False))
finder = doctest.DocTestFinder(exclude_empty=False)
print(sorted(t.name for t in finder.find(module)))
finder = doctest.DocTestFinder()
print(sorted(t.name for t in finder.find(module)))
try:
    doctest.testmod(module, globs={"GLOBAL": 5}, raise_on_error=True)
except doctest.DocTestFailure as e:
    print("DocTestFailure:", e.test.name, repr(e.got))
print(doctest.master.summarize(verbose=False) if doctest.master else None)
