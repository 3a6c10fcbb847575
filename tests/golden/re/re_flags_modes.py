# MULTILINE, DOTALL, VERBOSE and inline/scoped flags.
import re

text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.findall(r'line.', text), re.findall(r'line.', text, re.S), re.search(r'\Athird', text), re.search(r'third\Z', text))
print(re.match(r'''(?x)
    (\d{3})   # area
    [-\s]?
    (\d{4})   # number
''', '555-1234').groups())
print(re.findall(r'(?i:A)a', 'aa Aa aA AA'), re.findall(r'(?s:.)x', '\nx'), re.findall(r'a$', 'a\na\n', re.M))
print(re.search(r'$', 'abc\n').span(), re.search(r'\Z', 'abc\n').span(), re.findall(r'$', 'a\n'))
print(re.compile(r'(?im)^x').flags & (re.I | re.M) == re.I | re.M)
