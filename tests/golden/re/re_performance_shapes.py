# Larger inputs: long subjects, deep repetition without stack overflow,
# many groups, and catastrophic-looking patterns on short input.
import re

s = 'ab' * 200000 + 'c'
print(re.match(r'(?:a|b)*c', s).end(), re.match(r'(a|b)*c', s).group(1), re.match(r'(?:ab)*?c', s).end())
print(len(re.findall(r'\w+', 'word ' * 50000)), re.sub(r'\s+', '', ' x ' * 10000)[:5])
print(re.match(r'(a+)+b', 'a' * 20 + 'b').span(), re.match(r'(a+)+b', 'a' * 18))
nested = '(' * 90 + 'a' + ')' * 90
m = re.match(nested, 'a')
print(m.span(), len(m.groups()), m.lastindex)
many = ''.join('(%s)' % chr(97 + i % 26) for i in range(200))
print(re.match(many, ''.join(chr(97 + i % 26) for i in range(200))).group(200))
print(re.search(r'x{1000}', 'x' * 999), re.search(r'x{1000}', 'x' * 1000).span())
