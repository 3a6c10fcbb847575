# _thread.interrupt_main() from a thread raises KeyboardInterrupt in the
# main thread, which is busy running Python code.
import _thread
import threading
import time

def poke():
    time.sleep(0.05)
    _thread.interrupt_main()

threading.Thread(target=poke).start()
try:
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")
