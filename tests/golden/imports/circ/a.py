print("circ.a start")
from circ import b
VALUE_A = "A"


def use_b():
    return b.VALUE_B
print("circ.a end")
