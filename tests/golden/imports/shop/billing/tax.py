RATE = 10


def with_tax(cents):
    return cents + cents * RATE // 100
