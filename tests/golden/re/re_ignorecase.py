# IGNORECASE corner cases: the long s, the Kelvin sign, dotted and dotless i,
# sharp s, Greek sigma forms, micro sign, titlecase digraphs, backreferences,
# and ASCII and LOCALE modes.
import re

for pattern, subject in [('s', 'ſ'), ('ſ', 'S'), ('k', 'K'), ('K', 'k'), ('i', 'İ'), ('i', 'ı'), ('İ', 'i'),
                         ('ß', 'ẞ'), ('ẞ', 'ß'), ('σ', 'ς'), ('Σ', 'ς'), ('µ', 'Μ'), ('\u00b5', '\u03bc'),
                         ('ǆ', 'ǅ'), ('[^k]', 'K'), (r'(\w)\1', 'aA'), (r'(\w)\1', 'ſS'),
                         ('[\U00010400-\U0001044f]', '\U00010428'), ('[k]', '\u212a'), ('[s]', 'ſ')]:
    print(repr(pattern), repr(subject), bool(re.fullmatch(pattern, subject, re.I)),
          bool(re.fullmatch(pattern, subject, re.I | re.A)))
print(re.findall(rb'(?iL)\xe9', b'\xe9\xc9'), re.findall(rb'(?i)abc', b'ABCabc\xc1'))
print(re.sub('(?i)hello', 'bye', 'HeLLo hello HELLO'))
print(re.match(r'(?i)(?-i:a)b', 'aB'), re.match(r'(?i)(?-i:a)b', 'AB'))
