# set_wakeup_fd: each signal writes its number as one byte to a non-blocking
# descriptor, before its Python handler runs.
import os
import signal

r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: None)
signal.signal(signal.SIGUSR2, lambda s, f: None)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
data = os.read(r, 100)
print(list(data) == [signal.SIGUSR1, signal.SIGUSR2])
print(signal.set_wakeup_fd(-1) == w)
os.kill(os.getpid(), signal.SIGUSR1)
try:
    os.read(r, 100)
except BlockingIOError:
    print("nothing written once removed")

# A full pipe: with warn_on_full_buffer=False the lost byte is silent.
while True:
    try:
        os.write(w, b"x" * 65536)
    except BlockingIOError:
        break
print(signal.set_wakeup_fd(w, warn_on_full_buffer=False))
os.kill(os.getpid(), signal.SIGUSR1)
print("silent")
signal.set_wakeup_fd(-1)
os.close(r)
os.close(w)
