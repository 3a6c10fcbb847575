async def f():
    pass
f()
print("after")
def g():
    c = f()
g()
