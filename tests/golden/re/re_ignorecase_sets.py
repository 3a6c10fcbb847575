# IGNORECASE character classes whose compiled form is a BIGCHARSET (ranges
# that case folding extends beyond Latin-1, such as [a-z] with the Kelvin
# sign and the long s, or Greek ranges).
import re

for pattern, subject in [('[a-z]', 'K'), ('[a-z]', 'ſ'), ('[a-z]', '\u212a'), ('[α-ω]+', 'ΑΒΓ'), ('[^a-z]', 'K')]:
    print(repr(pattern), repr(subject), bool(re.fullmatch(pattern, subject, re.I)),
          bool(re.fullmatch(pattern, subject, re.I | re.A)))
print(re.findall(r'(?i)[k-l]+', 'kKlL\u212a'), re.findall(r'(?ia)[k-l]+', 'kKlL\u212a'))
print(re.findall(rb'(?i)[a-c]+', b'ABCabc\xc1'))
