# settrace events for if/elif/else chains, conditional expressions,
# chained comparisons and short-circuit boolean operators.
from _events import trace


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif 0 < n < 10:
        kind = "small"
    else:
        kind = "large"
    parity = "even" if n % 2 == 0 else "odd"
    flag = n and (n > 5 or n < -5)
    return kind, parity, flag


for value in (-7, 0, 3, 12):
    trace(classify, value)
