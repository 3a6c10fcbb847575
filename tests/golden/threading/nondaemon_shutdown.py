# Interpreter exit joins non-daemon threads: the worker's output comes after
# the main program's last line.
import threading
import time

def late():
    time.sleep(0.05)
    print("worker finished")

threading.Thread(target=late).start()
print("main done")
