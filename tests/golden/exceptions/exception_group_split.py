# split(), subgroup() and derive() over nested groups.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.split((ValueError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(repr(eg.derive([ValueError("d")])))
try:
    eg.split(1)
except TypeError as exc:
    print(exc)

eg.__notes__ = ["note"]
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(TypeError)
    print(m.__notes__, r.__notes__, m.__traceback__ is caught.__traceback__)


class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message + "!", excs)


c = Custom("c", [ValueError(1), KeyError(2)])
print(repr(c.split(ValueError)))
