b'abc'
B"\x00\xff"
b'\n\t\\'
b'\777'
b'\u1234'
b'''multi
line'''
b'a' b'b'
