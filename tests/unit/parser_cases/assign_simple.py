x = 1
x = y = z = 2
a.b = c[d] = 3
x = yield_value = None
