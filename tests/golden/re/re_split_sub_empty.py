# Empty matches in split, sub, findall and finditer (CPython 3.7+ rules: an
# empty match may directly follow a non-empty one, never another at the same place).
import re

for pattern in [r'x*', r'\b', r'', r'(?=b)', r'a|', r'(a)|b', r'\W*', r'(?<=a)', r'$', r'^']:
    s = 'abxab'
    print(repr(pattern), re.split(pattern, s), re.sub(pattern, '-', s), re.findall(pattern, s),
          [m.span() for m in re.finditer(pattern, s)])
print(re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\s*', ' a b '), re.split(r'(?m)^', 'l1\nl2\n'))
print(re.sub(r'a*', lambda m: '[%s]' % m.group(), 'baaac'))
print(re.subn(r'', '', ''), re.split(r'x', ''), re.split(r'', ''), re.findall(r'', ''))
print(re.split('a', 'aaa', maxsplit=2), re.split('a', 'aaa', maxsplit=-1))
