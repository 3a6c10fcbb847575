# Sorting with keys: records sorted by lambda, itemgetter and attrgetter
# keys, multi-key tuples, reverse order, stable re-sorts and sorted strings.
import sys
import random
from operator import attrgetter, itemgetter


class Person:
    __slots__ = ('name', 'age', 'city')

    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.city = city


def work(n, rng):
    cities = ['Oslo', 'Lima', 'Pune', 'Kyiv', 'Doha', 'Rome', 'Baku']
    rows = [('n%05d' % rng.randrange(100000), rng.randrange(90), rng.choice(cities)) for _ in range(n)]
    people = [Person(*r) for r in rows]
    by_age = sorted(rows, key=itemgetter(1))
    by_city_age = sorted(rows, key=lambda r: (r[2], -r[1], r[0]))
    people.sort(key=attrgetter('name'))
    people.sort(key=attrgetter('city', 'age'), reverse=True)
    names = sorted((p.name for p in people), key=str.lower)
    floats = sorted(rng.random() for _ in range(n))
    return (by_age[0], by_age[-1], by_city_age[0], by_city_age[-1],
            people[0].name, people[-1].name, names[n // 2], round(floats[n // 2], 6))


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rng = random.Random(3)
for _ in range(reps):
    result = work(40000, rng)
print(result, reps)
