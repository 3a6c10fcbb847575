# Reprs of tuples holding other containers, and tuples reached recursively.
print((1,), (1, 2), ((1,),), ([],), ({},), (set(),), ("a", 'b"', "c'"))
l = []
t = (l,)
l.append(t)
print(t, l)
print((None, True, False, 1.5, -0.0, 10**20, 1j))
print(str((1, "a")), repr((1, "a")))
print(tuple([(1, 2), [3, (4,)]]))
