# Pattern objects: attributes, repr with flags, equality, hashing, copying,
# the pickling hook and the methods with pos/endpos.
import copy
import re

p = re.compile(r'(?P<k>\w+)=(?P<v>\w*)', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(repr(p), repr(re.compile('x', re.X | re.S | re.A)), repr(re.compile(b'x', re.L)))
print(repr(re.compile('a' * 300)))
print(repr(re.compile('x', re.U)), repr(re.compile('(?u)x')), repr(re.compile(b'x')))
print(p == re.compile(r'(?P<k>\w+)=(?P<v>\w*)', re.I | re.M), p == re.compile(r'(?P<k>\w+)=(?P<v>\w*)'))
print(hash(p) == hash(re.compile(r'(?P<k>\w+)=(?P<v>\w*)', re.M | re.I)))
print(copy.copy(p) is p, copy.deepcopy(p) is p, p.__reduce__() if False else re._pickle(p)[1])
print(p.match('a=1'), p.search('  b=2', 1), p.search('  b=2', 3), p.fullmatch('c=', 0, 2))
print(p.findall('a=1 b=2', 2), [m.span() for m in p.finditer('a=1 b=2 c=3', 1, 9)])
print(p.split('x a=1 y'), p.sub(r'\g<v>=\g<k>', 'a=1 b=2'), p.subn('', 'a=1'))
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    class P(re.Pattern):
        pass
except TypeError as e:
    print('TypeError', e)
