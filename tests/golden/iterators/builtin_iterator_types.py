# The type names and reprs of every built-in iterator.
def without_address(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "ADDR>" if sep else text

def show(obj):
    it = iter(obj)
    print(type(it).__name__, without_address(repr(it)), iter(it) is it)

d = {"a": 1}
for obj in ([], (), "", "é", b"", bytearray(), {}, d.keys(), d.values(), d.items(),
            set(), frozenset(), range(3), range(2 ** 70), memoryview(b"ab")):
    show(obj)
for obj in (reversed([]), reversed(()), reversed("ab"), reversed(range(2)), reversed(d),
            reversed(d.values()), reversed(d.items()), enumerate([]), zip(), map(abs, []),
            filter(None, [])):
    show(obj)

class Seq:
    def __getitem__(self, i):
        raise IndexError
show(Seq())
show(iter(int, 1))
print(type(iter(int, 1)).__name__)
print(type(iter([])).__qualname__, type(iter([])).__module__)
try:
    type(iter([]))()
except TypeError as e:
    print("TypeError:", e)
