def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 26}))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket

print(mutable_default(1), mutable_default(2))
print(f.__defaults__, f.__kwdefaults__)
print(pos_only.__code__.co_argcount, pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_kwonlyargcount)
