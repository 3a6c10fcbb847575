# The code that ends an except handler (unbinding `as` names, restoring the
# handled exception) carries the line of the handler body's last statement.
import sys

class Reporter:
    def __del__(self):
        print("released at line", sys._getframe(1).f_lineno)

def fail():
    raise ValueError(Reporter())

def named():
    try:
        fail()
    except ValueError as e:
        x = 1
        print("body")
    print("after named")

def named_pass():
    try:
        fail()
    except ValueError as e:
        pass

def unnamed():
    try:
        fail()
    except ValueError:
        y = 2

def star():
    try:
        fail()
    except* ValueError as eg:
        z = 3

named()
named_pass()
unnamed()
star()
