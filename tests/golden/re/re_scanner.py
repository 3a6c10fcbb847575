# re.Scanner (built on the sre parser and _sre's scanner) and
# Pattern.scanner(): a small tokenizer.
import re

def number(scanner, token):
    return ('NUM', int(token))

scanner = re.Scanner([
    (r'\d+', number),
    (r'[A-Za-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 * (y + 42)'))
print(scanner.scan('x = 3 $ 4'))
sc = re.compile(r'\d+|\s+').scanner('12 34x')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search(), sc.search(), sc.search(), sc.pattern)
it = re.finditer(r'\w', 'ab')
print(next(it), next(it), next(it, 'done'))
