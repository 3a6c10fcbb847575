# JSONDecodeError messages, positions (lineno, colno, pos) and the doc, for many malformed documents.
import json

cases = ['', ' ', '{', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '"\\x"', '"\\u12"', 'nul', 'tru', '[01]',
         '1.', '-', '{1: 2}', '[1]\n  x', '{"a":\n  [1,\n   }', '"\x01"', '1e', '[1, "a\nb"]', '{"a": 1}}', '\ufeff[1]',
         '[' * 5 + ']' * 4, '{"k": "v", "k": tru}', 'NaN1', "'single'", '[1, 2, 3,, 4]']
for doc in cases:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    except Exception as e:
        print(repr(doc), type(e).__name__, e)
try:
    json.loads(b"\xff\xfe[\x00")
except Exception as e:
    print(type(e).__name__, e)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError", e)
print(json.JSONDecodeError("m", "ab\ncd", 4).__reduce__()[1], str(json.JSONDecodeError("msg", "x\ny", 2)))
