class A:
    pass
class A():
    pass
class A(B):
    x = 1
    def f(self):
        return self.x
class A(B, C, metaclass=M, **kw):
    pass
class A(*bases):
    pass
class A: x = 1
