# Argument errors of deque, namedtuple, Counter, OrderedDict and defaultdict, in CPython's words.
from collections import deque, namedtuple, Counter, OrderedDict, defaultdict
for f in [lambda: deque(foo=1), lambda: deque([1], 2, maxlen=3), lambda: deque.append(), lambda: deque.append([], 1),
          lambda: deque().extend(5), lambda: deque().insert("a", 1), lambda: deque([1]).index(1, "a"),
          lambda: deque([1]).rotate(1.5), lambda: Counter(1), lambda: Counter("a", "b"),
          lambda: namedtuple("P", "x")(1, 2), lambda: namedtuple("P", "x")(y=1), lambda: OrderedDict(5),
          lambda: defaultdict(list)[[]], lambda: deque([1]) == 1, lambda: deque([[]]).index([]),
          lambda: deque(range(5))[Ellipsis], lambda: deque().__init__(maxlen=True), lambda: deque(maxlen=2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
