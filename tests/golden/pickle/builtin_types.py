# Builtin and library types round-trip through every protocol.
import collections, datetime, decimal, enum, fractions, pickle

class Color(enum.Enum):
    RED = 1
    GREEN = 2

Pair = collections.namedtuple('Pair', 'a b')
values = [range(2, 20, 3), slice(1, None, 2), complex(1, -2), Pair(1, [2]), Color.GREEN,
          collections.OrderedDict([(2, 'b'), (1, 'a')]), collections.deque([1, 2]),
          fractions.Fraction(3, 7), decimal.Decimal('1.25'), datetime.date(2024, 2, 29),
          datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
          ValueError('bad', 3), KeyError('k'), bytearray(b'\x00\x01'), frozenset({(1, 2)}), type, object]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        same = back == v if not isinstance(v, BaseException) else (type(back), back.args) == (type(v), v.args)
        out.append(same)
    print(proto, out)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
