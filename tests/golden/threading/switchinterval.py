# sys.setswitchinterval/getswitchinterval; a CPU-bound thread does not starve
# another thread that needs a few turns.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

stop = False
def spin():
    n = 0
    while not stop:
        n += 1

ticks = []
def ticker():
    for i in range(20):
        ticks.append(i)
        sum(range(100))

s = threading.Thread(target=spin)
s.start()
t = threading.Thread(target=ticker)
t.start()
t.join()
stop = True
s.join()
print(ticks == list(range(20)))
sys.setswitchinterval(0.005)
