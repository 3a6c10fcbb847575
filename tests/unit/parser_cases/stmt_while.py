while a:
    b
while a:
    b
else:
    c
while 1: pass
