# Exceptions raised and caught in a loop: custom hierarchies, try/except/
# else/finally, re-raising, chained exceptions and exceptions crossing
# several frames, plus the EAFP dict and attribute lookups.
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def deep(n):
    if n == 0:
        raise ValueError('bottom')
    return deep(n - 1)


def work(n):
    table = {i: i * i for i in range(0, 1000, 2)}
    found = missing = cleaned = deep_caught = attr = 0
    for i in range(n):
        try:
            found += lookup(table, i % 1000)
        except NotFound as e:
            missing += e.key
        else:
            found += 1
        finally:
            cleaned += 1
        if i % 10 == 0:
            try:
                deep(10)
            except ValueError:
                deep_caught += 1
        try:
            getattr(table, 'nope')
        except AttributeError:
            attr += 1
        try:
            try:
                int('x%d' % i)
            except ValueError as e:
                raise AppError('wrap') from e
        except AppError as e:
            attr += isinstance(e.__cause__, ValueError)
    return found, missing, cleaned, deep_caught, attr


n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
print(work(n))
