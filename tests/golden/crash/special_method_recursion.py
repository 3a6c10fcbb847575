# Class 7 of issue 10: special methods that are instances of their own class
# recurse natively; CPython raises RecursionError (TypeError for __get__).
def attempt(label, f):
    try:
        f()
        print(label, 'returned')
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


A.__call__ = A()
attempt('__call__ = A()', lambda: A()())


class G:
    pass


G.__get__ = G()


class H:
    x = G()


attempt('__get__ = G()', lambda: H().x)


class B:
    pass


B.__new__ = B
attempt('__new__ = B', B)


class C:
    pass


class D:
    pass


C.__call__ = D()
D.__call__ = C()
attempt('two-class __call__ cycle', lambda: C()())


class S:
    pass


S.__call__ = staticmethod(S())
attempt('staticmethod __call__', lambda: S()())


class K:
    def __call__(self, n):
        return self(n - 1) + 1 if n else 0


print('call depth 400', K()(400))
