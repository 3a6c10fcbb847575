# Generator pipelines: lazy stages, ordering of evaluation between stages.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def evens(source):
    for x in source:
        if x % 2 == 0:
            print("  keep", x)
            yield x

def squares(source):
    for x in source:
        print("    square", x)
        yield x * x

pipeline = squares(evens(numbers(5)))
print("built")
for value in pipeline:
    print("result", value)

def take(n, source):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals closed at", n)

print(list(take(3, naturals())))

def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total

print(list(running_total(x for x in range(6))))
lines = ["a=1", "# skip", "b=2", "", "c=3"]
parsed = dict(line.split("=") for line in lines if line and not line.startswith("#"))
print(parsed)
