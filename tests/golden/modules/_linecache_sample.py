# A support file read by the linecache golden programs.
def greet(name):
    return "hello " + name


VALUE = 42
