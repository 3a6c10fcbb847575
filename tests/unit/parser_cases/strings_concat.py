x = 'a' 'b'
y = ('one'
     "two"
     '''three''')
z = u'a' 'b'
w = 'a' u'b'
