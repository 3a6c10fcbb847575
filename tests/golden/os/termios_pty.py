# termios on a pseudo-terminal: attributes as 7-item lists, raw mode, window size, errors.
import os
import termios

master, slave = os.openpty()
print(os.isatty(slave), os.isatty(master))
attrs = termios.tcgetattr(slave)
print(len(attrs), [type(x).__name__ for x in attrs], len(attrs[6]), type(attrs[6][0]).__name__)
raw = list(attrs)
raw[3] &= ~(termios.ICANON | termios.ECHO)
raw[6] = list(attrs[6])
raw[6][termios.VMIN] = 1
raw[6][termios.VTIME] = 0
termios.tcsetattr(slave, termios.TCSANOW, raw)
now = termios.tcgetattr(slave)
print(now[3] & termios.ICANON, now[6][termios.VMIN], now[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSAFLUSH, attrs)
print(termios.tcgetattr(slave)[3] & termios.ICANON != 0)
termios.tcsetwinsize(slave, (30, 100))
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
os.write(master, b"hi\n")
print(os.read(slave, 10))
print(termios.error.__module__, termios.error.__name__, termios.error.__mro__[1].__name__)
for f in (lambda: termios.tcgetattr(987), lambda: termios.tcgetattr("x"), lambda: termios.tcsetattr(slave, 0, 5),
          lambda: termios.tcsetattr(slave, 0, [0, 0, 0, 0, 0, 0, [b"x"]])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(termios.TCSANOW, termios.B38400, termios.NCCS, termios.VMIN, termios.ECHO, termios.TIOCGWINSZ)
os.close(master)
os.close(slave)
