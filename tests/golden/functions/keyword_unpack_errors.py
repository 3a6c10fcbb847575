# ** unpacking into calls: non-string keys are refused by the call itself
# ("keywords must be strings"), duplicates name the function.
def f(**k): pass
class A:
    def m(self, **k): pass
for c in ['dict(**{1: 2})', 'f(**{1: 2})', 'print(**{1: 2})', 'max(1, 2, **{1: 2})', 'f(**{1: 2}, **{})',
          'f(x=1, **{1: 2})', 'A().m(**{1:2})', 'f(*[], **{1:2})', 'f(**{1: 2}, **{1: 3})',
          'f(**{"a": 2}, **{"a": 3})', 'dict(**{1: 2}, **{1: 3})', 'f(**{1:2}, **[])', 'f(**{"a": 1}, a=2)']:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, '->', e)
