# Malformed formats and the messages that name the problem.
import _struct
from _check import show

for fmt in ("z", "3", "i3", "3 i", "<n", ">P", "=N", "i\0", "99999999999999999999i", "9223372036854775807q",
            "4611686018427387904h", "@@i", "<>", " ", "", "\t2i \n", b"<h", "é"):
    show(_struct.calcsize, fmt)
show(_struct.calcsize, 5)
show(_struct.calcsize, None)
show(_struct.calcsize, [1])
show(_struct.calcsize)
show(_struct.calcsize, "i", "i")
show(_struct.Struct, 1)
show(_struct.Struct)
show(_struct.Struct, "i", "h")
print(_struct.Struct(format="<q").size)
print(issubclass(_struct.error, Exception), _struct.error.__module__, _struct.error.__name__)
