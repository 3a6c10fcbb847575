# ABC checks in a loop: results stay right while registrations change
# (the invalidation counter), for many classes and instances.
from abc import ABC
from collections.abc import Iterable, Sized, Hashable, Mapping

class Marker(ABC):
    pass

classes = [type("C%d" % i, (), {}) for i in range(20)]
instances = [cls() for cls in classes]
counts = []
for round_ in range(4):
    for i, cls in enumerate(classes):
        if i % 4 == round_:
            Marker.register(cls)
    counts.append(sum(isinstance(obj, Marker) for obj in instances))
print(counts)

values = [1, "s", [1], (1,), {1: 2}, {1}, 2.5, None, b"x", range(3)] * 50
tally = {"Iterable": 0, "Sized": 0, "Hashable": 0, "Mapping": 0}
for v in values:
    for abc_cls in (Iterable, Sized, Hashable, Mapping):
        if isinstance(v, abc_cls):
            tally[abc_cls.__name__] += 1
print(tally)

class Lazy:
    pass
print(isinstance(Lazy(), Sized))
Sized.register(Lazy)
print(isinstance(Lazy(), Sized), issubclass(Lazy, Sized), issubclass(Lazy, Iterable))
