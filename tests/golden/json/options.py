# json.dumps/loads options: indent, separators, sort_keys, ensure_ascii, default, cls, object_hook, parse_*, allow_nan, check_circular.
import json
from collections import OrderedDict
from decimal import Decimal

data = {"b": [1, 2.5, None, True], "a": {"x": "é\u2028\n", "y": []}, "c": (1, 2), 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":"), indent="\t"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps({1.5: 1, True: 2, None: 3}))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1, 2} and sorted({1, 2})), json.dumps(Decimal("1.5"), default=str), json.dumps(b"x", default=lambda o: o.decode()))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Enc), list(Enc(indent=1).iterencode([1, {"a": 2}])))
r = []
r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print("ValueError", e)
s = '{"a": 1.10, "b": [1e400, -0.0, 12345678901234567890], "c": {"d": null}, "e": NaN}'
print(json.loads(s), json.loads(s, parse_float=Decimal, parse_int=str))
print(json.loads(s, object_hook=lambda d: sorted(d)), json.loads(s, object_pairs_hook=OrderedDict))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'), json.loads(b'[1]'), json.loads('  \n[] '), json.loads('"\\ud800"') == "\ud800")
print(json.loads("[-Infinity, Infinity]", parse_constant=lambda c: c))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.dumps("\x00\x1f\x7f\u00ff", ensure_ascii=True))
