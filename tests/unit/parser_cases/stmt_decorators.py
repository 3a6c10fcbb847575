@d
def f(): pass
@d.e
@d(1)
def f(): pass
@a[0].b(c)
class C: pass
@x if y else z
def g(): pass
@(yield)
def h(): pass
@d
async def f(): pass
