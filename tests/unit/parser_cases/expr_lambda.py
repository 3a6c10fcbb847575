lambda: 0
lambda x: x
lambda x, y=1: x
lambda *args, **kwargs: 0
lambda x, /, y, *, z: 0
lambda *, k=1: k
lambda a=1, b=2, *c, d, e=5, **f: 0
lambda: lambda: 1
lambda x=lambda y: y: x
