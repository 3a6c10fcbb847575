# An uncaught exception in a thread is printed on stderr by threading's
# excepthook; the program goes on and exits 0.
import threading

def fail():
    {}["missing"]

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main continues")
