if x:
    z = 3
