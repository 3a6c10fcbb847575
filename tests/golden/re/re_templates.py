# Replacement templates: group references by number and name, escapes,
# callables, Match.expand, and bytes templates (through re._subx / _expand).
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
print(p.sub(r'\2 \1', 'John Smith, Jane Doe'))
print(p.sub(r'\g<last>, \g<first>', 'John Smith'))
print(p.sub(r'\g<2>\g<0>', 'John Smith'))
print(p.sub(r'[\n\t\\]', 'a b'))
print(p.sub(lambda m: m.group('last').upper(), 'john smith and jane doe'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(\d)', r'\1\1', 'a1b2'))
print(re.sub(r'x', r'\101\0\n', 'x'))
m = p.match('Ada Lovelace')
print(m.expand(r'\2: \1'), m.expand(r'\g<last>'), m.expand(b'x' if False else 'y'))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.subn(rb'b', b'\\\\', b'abc'))
print(re.compile(b'(?P<n>b)').sub(br'\g<n>\g<n>', b'abc'))
print(re.sub('a', r'\\n', 'aXa'), re.sub('a', '\\n', 'aXa') == '\nX\n')
print(re.sub('(?P<a>x)', lambda m: m.expand(r'<\g<a>>'), 'axbx'))
for bad in [r'\g<', r'\g<1', r'\g<a b>', r'\g<-1>', r'\9', r'\q']:
    try:
        print(re.sub('(x)', bad, 'x'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
