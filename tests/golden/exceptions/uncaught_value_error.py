# An uncaught exception: traceback to stderr, exit status 1.
def inner(n):
    if n == 0:
        raise ValueError(f"bad value {n}")
    inner(n - 1)


print("before")
inner(2)
print("never")
