# Shared helper for the struct tests: prints a call's result or its exception.
def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
