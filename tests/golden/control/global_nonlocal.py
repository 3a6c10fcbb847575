counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("counter", counter)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())

def define_global():
    global late
    late = "defined later"

define_global()
print(late)

x = "module"
def shadow():
    x = "local"
    def reader():
        return x
    return reader()
print(shadow(), x)
