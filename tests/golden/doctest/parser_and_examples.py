# The parts doctest is made of: DocTestParser's examples, DocTestFinder's
# tests (names, line numbers), Example fields and OutputChecker.
import doctest


def sample(a):
    """Doubles.

    >>> sample(2)
    4
    >>> sample('ab')  # doctest: +ELLIPSIS
    'ab...'
    """
    return a * 2


parser = doctest.DocTestParser()
for ex in parser.get_examples(sample.__doc__):
    print(repr(ex.source), repr(ex.want), ex.lineno, ex.indent, ex.options)
tests = doctest.DocTestFinder().find(sample, "sample")
for t in tests:
    print(t.name, len(t.examples), t.lineno, t.filename.endswith("parser_and_examples.py"))
checker = doctest.OutputChecker()
print(checker.check_output("1  2\n", "1 2\n", doctest.NORMALIZE_WHITESPACE))
print(checker.check_output("[1, ...]\n", "[1, 2, 3]\n", doctest.ELLIPSIS))
print(checker.check_output("x\n", "y\n", 0))
example = doctest.Example("print(1)", "2\n")
print(checker.output_difference(example, "1\n", doctest.REPORT_NDIFF), end="")
print(doctest.script_from_examples(sample.__doc__))
print(sorted(k for k in doctest.OPTIONFLAGS_BY_NAME if k.startswith("REPORT"))[:3])
