if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b; c
if a:
    if b:
        c
    else:
        d
