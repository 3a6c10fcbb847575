print("{x} and {y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Upper()))
print("{a[0]} {a[1]:>3}".format_map({"a": [1, 2]}))
for call in (lambda: "{x}".format_map({}), lambda: "{0}".format_map({}), lambda: "{}".format_map({"": 1}), lambda: "a".format_map(),
             lambda: "{x}".format_map(1), lambda: "a".format_map({}, {})):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
