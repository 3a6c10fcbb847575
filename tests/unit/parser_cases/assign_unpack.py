a, b = b, a
(a, b) = 1, 2
[a, b] = c
a, *b = x
*a, b = x
a, (b, *c), [d] = x
(a), b = 1, 2
x, = y
