# JSON as services use it (pyperformance's json_dumps/json_loads kinds):
# records with nested objects, arrays, unicode and escaped strings, ints and
# floats, dumped compact, indented and with sorted keys, then loaded back.
import sys
import json


def make_records(n):
    state = 2024

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return state % k

    tags = ['red', 'green', 'blue', 'café', 'naïve', 'line\nbreak', 'tab\there', 'quote"d', '日本']
    records = []
    for i in range(n):
        records.append({
            'id': i,
            'name': 'user%d' % rand(100000),
            'active': rand(2) == 1,
            'score': rand(1000000) / 997.0,
            'tags': [tags[rand(len(tags))] for _ in range(rand(5) + 1)],
            'address': {'street': '%d Main St' % rand(9999), 'zip': '%05d' % rand(99999), 'geo': [rand(180) - 90.5, rand(360) - 180.25]},
            'history': [{'t': rand(10**9), 'v': rand(1000) - 500, 'ok': None if rand(3) == 0 else True} for _ in range(rand(4))],
        })
    return records


records = make_records(4000)
total = 0
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
    compact = json.dumps(records)
    pretty = json.dumps(records, indent=2, sort_keys=True)
    ascii_only = json.dumps(records, ensure_ascii=False, separators=(',', ':'))
    back = json.loads(compact)
    assert back == json.loads(pretty) == json.loads(ascii_only)
    total += len(compact) + len(pretty) + len(ascii_only) + len(back)
print(total, back[17]['tags'], back[-1]['address']['zip'])
