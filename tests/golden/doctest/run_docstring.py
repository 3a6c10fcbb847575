# doctest.run_docstring_examples and a DocTestFinder/DocTestRunner pair
# used by hand, with the runner's summarize().
import doctest


def square(n):
    """
    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return n * n


doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(square, "square", globs={"square": square}):
    print(test.name, len(test.examples))
    runner.run(test)
print(runner.summarize(verbose=True))
