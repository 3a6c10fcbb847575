# json.loads through the native scanner: every error message and position
# CPython reports, escapes, surrogate pairs, numbers and the named constants.
import json

def show(text, **kw):
    try:
        print(repr(json.loads(text, **kw)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, '|', e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

for text in ['', ' ', '[', '[1,', '[1 2]', '[1,]', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1,}',
             '{"a":1 "b":2}', '{1:2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800"',
             '"\\ud800\\udc00"', '"\\ud800\\u0041"', '"\\ud83d\\ude00!"', '"tab\there"', 'nul', 'tru', 'fals',
             'NaN', 'Infinity', '-Infinity', '-', '-x', '01', '1.', '1.5e', '1e5', '-0', '-0.0', '1E+2',
             '12345678901234567890123', '1.7976931348623157e309', '[1, 2] x', '  {"k": [true, false, null]}  ',
             '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"é日本"', '{"a": {"b": {"c": []}}}', '[[[[]]]]', '"\\u00e9"',
             '{"dup": 1, "dup": 2}', '\ufeff[1]', '[1]\n\n x', '{\n  "a": 1,\n  "b" 2\n}']:
    show(text)
show('"tab\there"', strict=False)
show('[1.5, 2, "3"]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s)
show('[NaN, Infinity]', parse_constant=lambda s: s.lower())
show('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items()))
show('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: p)
show('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs')
show('[1.25]', parse_float=__import__('decimal').Decimal)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', str(e)[:60])
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
from json import scanner, decoder
print(type(scanner.make_scanner), json.decoder.scanstring('"ab\\n"', 1))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
try:
    json.decoder.scanstring(1, 1)
except TypeError as e:
    print('TypeError', e)
s = scanner.make_scanner(json.JSONDecoder())
print(s('[1, "x"]   ', 0), s('abc 12', 4))
for bad in [-1, 99]:
    try:
        s('12', bad)
    except (ValueError, StopIteration) as e:
        print(type(e).__name__, e)
print(json.JSONDecoder().raw_decode('{"a": 1} tail'))
