# Match objects through re: group(), groups(), groupdict(), start/end/span,
# lastindex/lastgroup, regs, string/re/pos/endpos, [], repr, copy.
import copy
import re

m = re.search(r'(?P<a>x)(y)?(?P<c>z)', 'wxzq')
print(m.group(), m.group(1, 2, 3), m.group('a', 'c'), m[0], m['c'], m[2])
print(m.groups(), m.groups(''), m.groupdict(), m.groupdict('-'))
print(m.start(), m.end(), m.span(), m.span(2), m.start('c'), m.end(3))
print(m.lastindex, m.lastgroup, m.regs, m.string, m.re, m.pos, m.endpos)
print(repr(m), copy.copy(m) is m, copy.deepcopy(m) is m, bool(m))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?P<x>a)|(?P<y>b)', 'b').lastgroup)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)
long = re.match(r'.*', 'x' * 100)
print(repr(long))
print(repr(re.match(r'.*', 'é\n\t"\'')), repr(re.match(b'.*', b'\xff\x00')))
print(re.Match, re.Pattern, type(m) is re.Match, re.Match[str], re.Pattern[bytes])
try:
    m.group(4)
except IndexError as e:
    print('IndexError', e)
m2 = re.compile(r'(\w+)').search('  hello  ', 1, 6)
print(m2, m2.pos, m2.endpos, m2.span(1))
