class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value

class Data:
    def __init__(self, n): self.n = n
    @lazy
    def squares(self):
        "Squares up to n."
        print("computing")
        return [i * i for i in range(self.n)]
d = Data(4)
print(d.squares)
print(d.squares)
print(Data.squares.__doc__, Data.squares.attr)
