if x:
    y
z
