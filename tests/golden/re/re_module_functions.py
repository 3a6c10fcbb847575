# The re module's functions over the native _sre: match, fullmatch, search,
# findall, finditer, sub, subn, split, escape, purge, compile with flags.
import re

print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc'))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'))
print(re.search(r'b+', 'abbbc').span())
print(re.findall(r'\d', 'a1b2c3'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(\w)\d', 'a1b2'))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')])
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.subn(r'o', '0', 'foo boo'))
print(re.sub(r'o', '0', 'foo boo', count=1), re.subn(r'o', '0', 'foo', 1))
print(re.split(r',\s*', 'a, b,c'), re.split(r'(,)', 'a,b'), re.split(r',', 'a,b,c', maxsplit=1))
print(re.escape('1+1=2? (yes) [no] {x} ^$ \\ | . * a-b #~&'), re.escape(b'a.b'))
print(re.compile('x') is re.compile('x'))
re.purge()
print(re.compile(r'(?i)abc').flags, re.compile(r'abc', re.I | re.M).flags)
print(re.compile(b'abc').flags, re.compile('abc', re.A).flags)
print(re.I, re.IGNORECASE | re.MULTILINE, repr(re.S), re.A.value, re.NOFLAG)
print(re.compile(re.compile('a')) , re.match(re.compile('a'), 'a'))
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
print(re.search('(?P<word>\\w+)', '  hi').group('word'))
print(re.findall(r'', 'ab'), re.sub(r'', '-', 'ab'), re.split(r'', 'ab'))
print(re.findall(r'\b', 'ab cd'), re.split(r'\b', 'ab cd'))
print(re.sub('(?m)^', '> ', 'line1\nline2'))
print(re.match('a', 'ba', pos=1) if False else re.compile('a').match('ba', 1))
