# Reprs of dicts that contain themselves, and of views of such dicts.
d = {}
d["self"] = d
print(d)
e = {"list": []}
e["list"].append(e)
print(e)
f = {1: {2: {}}}
f[1][2][3] = f
print(f)
print(d.keys(), d.values() is not None)
g = {"k": "v's", 'q': 'dq"', 1.5: -0.0, (1, 2): [None]}
print(g, str(g))
class K:
    def __repr__(self): return "<K>"
print({K(): K()})
