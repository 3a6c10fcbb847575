# json.dumps through the native encoder: separators, sort_keys, skipkeys,
# non-str keys, allow_nan, default, cycles, int/float subclasses and enums,
# ensure_ascii, and the string helpers.
import json, enum, collections, decimal

class Color(enum.IntEnum):
    RED = 1

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    pass

def show(obj, **kw):
    try:
        print(json.dumps(obj, **kw))
    except Exception as e:
        print(type(e).__name__, e)

show({'b': 1, 'a': [1, 2.5, None, True, False, 'x'], 'c': {}})
show({'b': 1, 'a': 2}, sort_keys=True)
show({'b': 1, 'a': 2}, separators=(',', ':'))
show({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'x': 'str'})
show({(1, 2): 'tuple'})
show({(1, 2): 'tuple', 'ok': 1}, skipkeys=True)
show({'z': 1, 'a': 2, 3: 4}, sort_keys=True)
show([float('nan'), float('inf'), -float('inf')])
show([float('nan')], allow_nan=False)
show({float('inf'): 1})
show({float('inf'): 1}, allow_nan=False)
show([Color.RED, MyFloat(1.5), MyStr('s'), 10**30, -0.0, 1e300, 0.1])
show({Color.RED: 1, MyFloat(2.0): 2})
show({'set': {1}})
show({'set': {3, 1, 2}}, default=sorted)
show(decimal.Decimal('1.1'), default=str)
a = []
a.append(a)
show(a)
d = {}
d['self'] = d
show(d)
show([a], check_circular=False) if False else print('skip unchecked cycle')
show(collections.OrderedDict([('z', 1), ('a', 2)]))
show(('tuple', 1))
show('é\u2028日本\U0001f600\x00\x1f"\\')
show('é\u2028日本\U0001f600\x00\x1f"\\', ensure_ascii=False)
show({'é': 'ü'}, ensure_ascii=False)
def bad_default(o):
    raise KeyError('nope')
show(object(), default=bad_default)
show(object())
class Items(dict):
    def items(self):
        return [('fake', 1)]
show(Items(real=2))
from json import encoder
print(encoder.c_make_encoder is not None, encoder.encode_basestring('a"\n'), encoder.encode_basestring_ascii('é'))
for bad in (1, b'x'):
    try:
        encoder.encode_basestring_ascii(bad)
    except TypeError as e:
        print('TypeError', e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
print(json.dumps([{'k': [1, {'n': None}]}], indent=2, sort_keys=True))
print(json.loads(json.dumps({'round': [1, 2.5, 'x', None, True, {'y': []}]})))
e = encoder.c_make_encoder(None, str, encoder.encode_basestring, None, ': ', ', ', False, False, True)
print(e([1, {'a': (2,)}], 0), e.sort_keys, e.item_separator)
try:
    encoder.c_make_encoder([], str, str, None, ':', ',', False, False, True)
except TypeError as e:
    print('TypeError', e)
class NonIterable(dict):
    def items(self):
        return 5
class Triples(dict):
    def items(self):
        return [(1, 2, 3)]
show(NonIterable(a=1))
show(Triples(a=1))
