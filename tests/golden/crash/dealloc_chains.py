# Class 2-4 of issue 10: releasing long chains of objects whose dealloc
# releases the next one must not overflow the native stack (the trashcan in
# dealloc_object bounds the nesting for every type).
import functools
import gc
import warnings

N = 100000


class Slotted:
    __slots__ = ('next',)


class SlottedList(list):
    __slots__ = ('next',)


class SlottedDict(dict):
    __slots__ = ('next',)


class SlottedSet(set):
    __slots__ = ('next',)


def chain_of(make):
    head = None
    for _ in range(N):
        head = make(head)
    return head


def linked(cls):
    def make(nxt):
        o = cls()
        o.next = nxt
        return o
    return make


def context(nxt):
    e = ValueError()
    e.__context__ = nxt
    return e


def cause(nxt):
    e = KeyError()
    e.__cause__ = nxt
    return e


def gen(x):
    yield x


async def agen(x):
    yield x


def closure(x):
    def f():
        return x
    return f


gc.disable()
warnings.simplefilter('ignore')
makers = [
    ('slots', linked(Slotted)),
    ('list subclass with a slot', linked(SlottedList)),
    ('dict subclass with a slot', linked(SlottedDict)),
    ('set subclass with a slot', linked(SlottedSet)),
    ('__context__', context),
    ('__cause__', cause),
    ('generator', gen),
    ('async generator', agen),
    ('closure cell', closure),
    ('bound method', lambda x: (lambda self: None).__get__(0 if x is None else x)),
    ('partial', lambda x: functools.partial(print, x)),
    ('list iterator', lambda x: iter([x])),
    ('dict items view', lambda x: {1: x}.items()),
    ('property', property),
    ('staticmethod', staticmethod),
    ('classmethod', classmethod),
    ('slice', slice),
    ('frozenset', lambda x: frozenset([x])),
    ('enumerate', lambda x: enumerate(iter(()) if x is None else x)),
    ('generator expression', lambda x: (y for y in (iter(()) if x is None else x))),
    ('tuple in list', lambda x: [(x,)]),
]
for name, make in makers:
    head = chain_of(make)
    del head
    print(name, 'released')
