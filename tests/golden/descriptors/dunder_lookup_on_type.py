class C:
    def __len__(self): return 5
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
c.__repr__ = lambda: "instance repr"
print(repr(c) != "instance repr")
class D:
    pass
d = D()
d.__add__ = lambda o: 1
try:
    d + 1
except TypeError as e:
    print(e)
class E:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
e = E()
print(e.__len__())
try:
    len(e)
except TypeError as e2:
    print(e2)
class Meta(type):
    def __len__(cls): return 7
    def __getitem__(cls, k): return f"Meta[{k}]"
class K(metaclass=Meta): pass
print(len(K), K[1])
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(G[int], G["x"])
try:
    D[0]
except TypeError as e:
    print(e)
print(list[int], dict[str, int])
