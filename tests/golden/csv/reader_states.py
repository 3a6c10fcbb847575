# csv.reader: quoting, escapes, doubled quotes, skipinitialspace, strict mode,
# newlines inside quoted fields, QUOTE_NONNUMERIC and QUOTE_NONE, line_num.
import csv, io

def rows(text_or_lines, **kw):
    src = io.StringIO(text_or_lines, newline='') if isinstance(text_or_lines, str) else text_or_lines
    try:
        r = csv.reader(src, **kw)
        out = [row for row in r]
        print(repr(out), r.line_num)
    except Exception as e:
        print(type(e).__name__, e)

rows('a,b,c\r\n1,2,3\r\n')
rows('a,"b,c",d\n')
rows('"a""b",c\n')
rows('"a""b",c\n', doublequote=False)
rows('"multi\nline",x\ny,z\n')
rows('"multi\r\nline",x\r\n')
rows('a, b,  c\n', skipinitialspace=True)
rows('a, "b", c\n', skipinitialspace=True)
rows('a\\,b,c\n', escapechar='\\')
rows('"a\\"b",c\n', escapechar='\\', doublequote=False)
rows('a\\\nb,c\n', escapechar='\\')
rows('"unterminated\n')
rows('"unterminated\n', strict=True)
rows('"a"x,b\n')
rows('"a"x,b\n', strict=True)
rows('1,2.5,"x", 3\n', quoting=csv.QUOTE_NONNUMERIC)
rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
rows('"a",b\n', quoting=csv.QUOTE_NONE)
rows('a;b;c\n', delimiter=';')
rows("'a;b';c\n", delimiter=';', quotechar="'")
rows('a\tb\n', dialect='excel-tab')
rows('\n\na,b\n\n')
rows(['a,b', 'c,d', ''])
rows(['a,"b', 'c",d'])
rows(['a\rb'])
rows(['a\r', 'b'])
rows('a,b\rc,d\r')
rows(',,\n')
rows('"",""\n')
rows(iter(['x,y']))
rows([1])
rows('é,ñ,日本\n')
rows('a\0b,c\n')
print(csv.reader(['a']).dialect.delimiter)
class D(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
rows('a|"b|c"\n', dialect=D)
rows('a|b\n', dialect=D, delimiter=',')
