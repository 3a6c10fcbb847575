a = 1; b = 2
a; b;
if x: a; b
def f(): return 1;
