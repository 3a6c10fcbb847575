# More rows of issue 10's "wrong outcomes" table: a dict whose keys change
# during iteration, an int literal beyond the digit limit, exec with a
# __builtins__ that is not a dict or module.
import sys

d = {i: i for i in range(10)}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

# Fewer entries than counted (a resize moved them) just end the iteration.
d = {i: i for i in range(6)}
seen = []
for k in d:
    seen.append(k)
    if k == 0:
        for j in range(1, 6):
            del d[j]
        for j in range(5):
            d[-j - 1] = 0
print(len(seen) <= 6, sorted(d))

for src in ['x = 1' + '2' * 5000, 'y = (\n  3' + '4' * 4400 + ')', '1' * 4301]:
    try:
        compile(src, 'lit', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text), e.msg[:60], e.msg[-70:])
print(len(hex(eval('0x' + 'f' * 5000))), eval('1' * 4300) % 7)
sys.set_int_max_str_digits(0)
print(eval('1' * 5000) % 7)
sys.set_int_max_str_digits(5000)
print(eval('1' * 5000) % 7, sys.get_int_max_str_digits())
try:
    eval('1' * 5001)
except SyntaxError as e:
    print('SyntaxError', e.msg[:60])
sys.set_int_max_str_digits(4300)

for builtins in (1, None, 'text'):
    try:
        exec('print(1)', {'__builtins__': builtins})
    except TypeError as e:
        print('TypeError', e)
exec('print(len)', {'__builtins__': {'print': print, 'len': 5}})
exec('x = 5', {'__builtins__': 1})


class Mapping:
    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return print if key == 'print' else key.upper()


exec('print(abc)', {'__builtins__': Mapping()})
try:
    exec('print(missing)', {'__builtins__': Mapping()})
except NameError as e:
    print('NameError', e)
try:
    exec('def f(): return missing\nprint(f())', {'__builtins__': Mapping()})
except NameError as e:
    print('NameError', e)
