# csv.writer: the four quoting styles, escapechar, doublequote, line
# terminators, None and non-string fields, single empty fields, writerows.
import csv, io, decimal, fractions

def out(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for r in rows:
            w.writerow(r)
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))

data = [['a', 'b c', 'd,e', 'f"g', 'h\ni', '', None, 1, 2.5, True, 1j]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out(data, quoting=q)
out([['a,b']], quoting=csv.QUOTE_NONE)
out([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')
out([['c"d']], doublequote=False)
out([['c"d', 'x\\y']], doublequote=False, escapechar='\\')
out([['a', 'b']], lineterminator='\n')
out([['a\rb', 'c\nd']], lineterminator='\n')
out([['a;b', 'c']], delimiter=';')
out([["it's", 'x']], quotechar="'")
out([[]])
out([['']])
out([[None]])
out([['', '']])
out([['']], quoting=csv.QUOTE_NONE)
out([[decimal.Decimal('1.5'), fractions.Fraction(1, 3)]], quoting=csv.QUOTE_NONNUMERIC)
out([range(3), (x * x for x in range(3)), 'abc'])
out([[float('nan'), float('inf'), -0.0, 10**20]])
out([['é', '日本', '\u2028']])
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([[1, 2], [3]]), repr(s.getvalue()))
print(w.writerow(['x']))
class Bad:
    def __str__(self):
        raise ValueError('no str')
out([[Bad()]])
def gen():
    yield 1
    raise KeyError('mid-row')
out([gen()])
class Sink:
    def write(self, line):
        print('write', repr(line))
        return 'ret'
print(csv.writer(Sink()).writerow([1, 2]))
