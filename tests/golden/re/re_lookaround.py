# Lookahead and lookbehind (fixed width), conditional groups, backreferences
# by number and name, possessive quantifiers and atomic groups.
import re

print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=(a)(b))c', 'abc').groups())
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c'))
print(re.match(r'(?P<q>["\'])(.*?)(?P=q)', '"hi" there').groups())
print(re.sub(r'(\w+) \1', r'\1', 'the the cat cat sat'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aaab'), re.match(r'a++ab', 'aaab'), re.match(r'(?:ab)*+a', 'ababa'))
print(re.match(r'x*+', ''), re.match(r'(x|y)?+z', 'yz').groups())
print(re.findall(r'\d{2,3}?', '12345'), re.findall(r'\d{2,3}+', '12345'), re.findall(r'\d{2,}', '1 22 333'))
print(re.search(r'^(?:(a)|b)(?(1)c|d)$', 'bd'), re.search(r'^(?:(a)|b)(?(1)c|d)$', 'bc'))
try:
    re.compile(r'(?<=a|bc)x')
except re.error as e:
    print(e)
