# list() of an iterator whose __length_hint__ fails with a non-TypeError: the error escapes.
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        raise RuntimeError("hint failed")
print(list(Broken()))
