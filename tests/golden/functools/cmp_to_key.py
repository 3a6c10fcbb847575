# functools.cmp_to_key: sorting with comparison functions, the K objects'
# comparisons and errors.
from functools import cmp_to_key

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted(range(10), key=cmp_to_key(lambda a, b: (a % 3) - (b % 3))))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(min("hello", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))

K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1), K(1) != K(1))
k = K(5)
print(k.obj)
k.obj = 7
print(k.obj, k < K(6))
print(type(k).__name__, type(k).__module__)

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: K(1) < 2)
attempt(lambda: 2 < K(1))
attempt(lambda: K(1) == 1)
attempt(hash, K(1))
attempt(K)
attempt(K, 1, 2)
attempt(lambda: K(obj=3).obj)
attempt(cmp_to_key)
attempt(lambda: cmp_to_key(mycmp=len)("ab").obj)
attempt(lambda: K(1) < cmp_to_key(lambda a, b: 0)(2))
attempt(lambda: sorted([1, "a"], key=cmp_to_key(lambda a, b: a - b)))
attempt(lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2))

class Weird:
    def __lt__(self, other):
        return "lt-result"

print(cmp_to_key(lambda a, b: Weird())(1) > K(2))
