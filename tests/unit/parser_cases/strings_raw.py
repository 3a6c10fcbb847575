r'\n'
R"\x41"
r'''\N{EM DASH}'''
rb'\x00'
Rb'a'
bR'b'
BR"c"
r'\''
