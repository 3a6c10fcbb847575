# settrace events through properties, __init__, special methods and
# class-level attribute access.
from _events import trace


class Box:
    def __init__(self, value):
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new

    def __add__(self, other):
        return Box(self._value + other._value)

    def __len__(self):
        return self._value


def use_box():
    b = Box(2)
    b.value = b.value + 1
    c = b + Box(4)
    return len(c)


trace(use_box)
