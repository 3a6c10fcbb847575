# An exception in a thread goes to threading.excepthook; a custom hook gets
# the arguments; SystemExit is silent.
import sys
import threading

def boom():
    raise ValueError("boom")

sys.stderr = sys.stdout
t = threading.Thread(target=boom, name="bad")
t.start(); t.join()

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start(); t.join()
print(caught)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
print("done")
