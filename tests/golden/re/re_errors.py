# re.error from the parser (message, pattern, pos, lineno, colno) and the
# TypeErrors of the native engine.
import re

for pattern in ['(', ')', '[a-', 'a{2,1}', '*a', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', '(?<=a+)b', 'a**',
                '(?z)', '\\k', '(?P=nope)', '[z-a]', 'x\n(', b'(', '(?(2)a|b)', '(?<!a|bc)x', 'a{,99999999999}']:
    try:
        re.compile(pattern)
        print('compiled', repr(pattern))
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for f in (lambda: re.match('a', 5), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
          lambda: re.compile('a').match(None), lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a'),
          lambda: re.sub(b'a', 'x', b'a'), lambda: re.compile('(a)').match('a').group(2),
          lambda: re.compile('(a)').match('a').group('x'), lambda: re.sub('(a)', r'\2', 'a'),
          lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', '\\', 'a'), lambda: re.compile('a', 'x')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
