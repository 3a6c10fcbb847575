# atexit: callbacks run at exit, last registered first, after the main program.
import atexit


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="?")


@atexit.register
def decorated():
    print("decorated runs first")


def removed():
    print("never runs")


atexit.register(removed)
atexit.unregister(removed)
print("main program ends")
