# csv.DictReader, DictWriter, the registered dialects, Sniffer and a
# round trip of awkward values through writer and reader.
import csv, io, random

s = io.StringIO('name,age,city\nAnn,30,Oslo\nBob,25\nCy,40,Rome,extra\n')
for row in csv.DictReader(s, restval='?', restkey='more'):
    print(row)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['b', 'a'], extrasaction='ignore')
w.writeheader()
w.writerow({'a': 1, 'b': 2, 'c': 3})
w.writerows([{'a': 'x'}, {'b': 'y,z'}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
print(sorted(csv.list_dialects()))
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting, d.doublequote)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(repr(csv.get_dialect('pipes').delimiter), csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
print('pipes' in csv.list_dialects())
sample = 'id;name;score\n1;"Smith; J";3.5\n2;Lee;4.0\n'
sn = csv.Sniffer()
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), sn.has_header(sample))
print(list(csv.reader(io.StringIO(sample), d)))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
rng = random.Random(7)
alphabet = 'ab,"\n\r \\;\'é'
ok = 0
for dialect in ('excel', 'unix', 'excel-tab'):
    for _ in range(300):
        rows = [[''.join(rng.choice(alphabet) for _ in range(rng.randrange(5))) for _ in range(rng.randrange(1, 4))]
                for _ in range(rng.randrange(1, 4))]
        buf = io.StringIO(newline='')
        csv.writer(buf, dialect=dialect).writerows(rows)
        back = list(csv.reader(io.StringIO(buf.getvalue(), newline=''), dialect=dialect))
        ok += back == rows
print('round trips', ok)
old = csv.field_size_limit(4)
try:
    list(csv.reader(['abcde']))
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(old), csv.field_size_limit())
