class E(Exception):
    pass
def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise E("wrapped") from e
try:
    a()
except E:
    x = [1, 2]
    x[5]
