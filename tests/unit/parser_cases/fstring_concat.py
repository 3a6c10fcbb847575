x = 'a' f'{b}' 'c'
y = f'{a}' f'{b}'
z = u'a' f'{b}'
w = f'{a}' u'b'
v = ('x'
     f'{y}'
     'z')
