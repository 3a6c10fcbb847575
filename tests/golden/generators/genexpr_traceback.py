# An error inside a generator expression consumed by sum(): the traceback through the genexpr.
data = [1, 2, 0, 4]
def ratios(values):
    return (10 / v for v in values)
def consume():
    return sum(ratios(data))
consume()
