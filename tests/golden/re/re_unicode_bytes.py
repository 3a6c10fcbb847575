# str patterns are Unicode-aware (\w \d \s, case folding) unless re.ASCII;
# bytes patterns are ASCII unless re.LOCALE. Mixing them is a TypeError.
import re

text = 'naïve café 日本語 ١٢٣ x_1\u2003y\u00a0z'
print(re.findall(r'\w+', text), re.findall(r'\w+', text, re.A))
print(re.findall(r'\d+', text), re.findall(r'\d+', text, re.A), re.findall(r'\s', text), re.findall(r'(?a)\s', text))
print(re.findall(rb'\w+', 'naïve x_1'.encode()), re.findall(rb'[\x80-\xff]+', 'naïve'.encode()))
print(re.search(r'\bcafé\b', text), re.search(r'(?a)\bcaf', text))
print(re.findall('[^\x00-\x7f]', 'aé€\U0001f600'), re.findall('.', '\U0001f600\U0001f601'))
print(re.match('\U0001f600+', '\U0001f600\U0001f600x'), re.sub('é', 'e', 'été'))
print(re.findall(rb'.', bytearray(b'ab')), re.match(b'a', memoryview(b'ab')))
for p, s in [('a', b'a'), (b'a', 'a')]:
    try:
        re.match(p, s)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
