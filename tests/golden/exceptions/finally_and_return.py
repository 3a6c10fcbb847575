# finally blocks run on every path, and a return in finally swallows.
def f():
    try:
        raise ValueError("x")
    finally:
        print("cleanup")


try:
    f()
except ValueError as e:
    print("caught", e)


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


print(swallow())


def nested():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "done"


print(nested())
