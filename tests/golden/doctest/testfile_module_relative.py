# doctest.testfile relative to the calling module's folder (a file in a
# sub-folder), with extraglobs, report=False and raise_on_error
# (DocTestFailure and UnexpectedException), and doctest.master summaries.
import doctest

print(doctest.testfile("docs/_calc.txt", extraglobs={"factor": 10}, verbose=False))
print(doctest.testfile("docs/_calc.txt", extraglobs={"factor": 3}, report=False))
try:
    doctest.testfile("docs/_calc.txt", extraglobs={"factor": 3}, raise_on_error=True)
except doctest.DocTestFailure as e:
    print("DocTestFailure:", e.example.source.strip(), "| got", repr(e.got), "| want", repr(e.example.want))
try:
    doctest.testfile("docs/_calc.txt", extraglobs={"factor": None}, raise_on_error=True)
except doctest.UnexpectedException as e:
    print("UnexpectedException:", e.example.source.strip(), e.exc_info[0].__name__)
print(doctest.master is not None)
