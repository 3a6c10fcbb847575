# csv (Sniffer, DictReader/DictWriter with restval/extrasaction, dialect
# registration, quoting modes, errors) and json (custom encoders/decoders,
# object_pairs_hook, parse_float, separators, sort_keys, errors with positions).
import csv
import decimal
import io
import json

sample = "name;age;city\n'Ann Lee';31;'Paris'\nBob;27;'New York'\n"
sniffer = csv.Sniffer()
d = sniffer.sniff(sample)
print(d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), d)))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
out = io.StringIO()
w = csv.writer(out, "pipes")
w.writerows([["a", 1, 2.5, None], ["b|c", -3, "x\"y", ""]])
print(out.getvalue())
print(list(csv.reader(io.StringIO(out.getvalue()), "pipes")), csv.list_dialects()[-1], csv.get_dialect("pipes").delimiter)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "note"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_MINIMAL)
dw.writeheader()
dw.writerows([{"id": 1, "name": "x, y"}, {"id": 2, "name": "z", "note": "multi\nline", "extra": 1}])
print(out.getvalue())
rows = list(csv.DictReader(io.StringIO(out.getvalue()), restkey="more", restval="NA"))
print(rows)
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest")))
for text, kw in [('a,"b\nc', {"strict": True}), ("a,b\x00c", {}), ('"a"x,b', {"strict": True})]:
    try:
        list(csv.reader(io.StringIO(text), **kw))
    except csv.Error as e:
        print("csv.Error", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
print(csv.field_size_limit() > 0, list(csv.reader(["x;'y;z'"], delimiter=";", quotechar="'")))


class Money:
    def __init__(self, cents):
        self.cents = cents


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"__money__": o.cents}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    return Money(d["__money__"]) if "__money__" in d else d


doc = {"price": Money(1250), "tags": {"b", "a"}, "nested": [1, 2.5, None, True], "ünï": "çödé"}
text = json.dumps(doc, cls=Encoder, sort_keys=True, indent=2, ensure_ascii=False)
print(text)
back = json.loads(text, object_hook=hook)
print(type(back["price"]).__name__, back["price"].cents, back["tags"])
print(json.dumps(doc, cls=Encoder, separators=(",", ":"), sort_keys=True))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads("[1.10, 2]", parse_float=decimal.Decimal))
print(json.loads('[NaN, Infinity, -Infinity]'), json.dumps([float("inf")]), json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.dumps("é\u2028<>&", ensure_ascii=True), json.dumps({1: "a", True: "b", None: "c", 2.5: "d"}))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated', "[1] x", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
for bad in [{"k": object()}, float("nan")]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
print(list(json.JSONDecoder().raw_decode('{"x": 1} trailing')), json.dumps([1, [2, [3]]], indent="\t"))
