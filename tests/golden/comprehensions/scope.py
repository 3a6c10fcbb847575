class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        broken = [values for _ in range(2)]
    except NameError as e:
        err = str(e)

print(C.doubled, C.err)

def f():
    n = 10
    return [n + i for i in range(3)]

print(f())
total = 0
results = [total := total + v for v in [1, 2, 3]]
print(results, total)
