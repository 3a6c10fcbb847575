# doctest.testfile on a text file (module_relative), with globs, and
# testfile's report for a failing file.
import doctest

print(doctest.testfile("_story.txt"))
print(doctest.testfile("_story.txt", globs={"greeting": "hi"}, verbose=True))
print(doctest.testfile("_broken.txt", report=True))
