# signals: closing the loop removes its handlers; a closed loop refuses new ones
import asyncio
import signal

def handler():
    pass

loop = asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGUSR1, handler)
loop.add_signal_handler(signal.SIGUSR2, handler)
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
loop.close()
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL, signal.getsignal(signal.SIGUSR2) is signal.SIG_DFL)
try:
    loop.add_signal_handler(signal.SIGUSR1, handler)
except RuntimeError as e:
    print("RuntimeError", e)
print(loop.remove_signal_handler(signal.SIGUSR1))
