class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(CountDown(4)))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(OldStyle()), 20 in OldStyle(), list(iter(OldStyle())))

class Hinted:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 2

print(list(Hinted()))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
for name, obj in [("list", []), ("tuple", ()), ("str", ""), ("dict", {}), ("set", set()), ("range", range(1)), ("bytes", b""), ("dict_keys", {}.keys())]:
    print(name, type(iter(obj)).__name__)
