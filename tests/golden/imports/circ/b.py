print("circ.b start")
from circ import a as partial_a
VALUE_B = "B"


def use_a():
    return partial_a.VALUE_A
print("circ.b end, circ.a has VALUE_A:", hasattr(partial_a, "VALUE_A"))
