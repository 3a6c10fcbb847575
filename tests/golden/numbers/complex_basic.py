# complex construction and repr.
for v in [complex(), complex(1), complex(1, 2), complex(-0.0, -1), complex(0, -0.0), complex(-0.0, 0),
          1j, -1j, 2 + 3j, 1e20j, complex(1.5, 1e-7), complex(float("inf"), float("nan")), complex(1e16, 1e-5),
          complex(0, 0), 3 - 0j, complex(True, False)]:
    print(repr(v), str(v), v.real, v.imag)
for s in ["1+2j", " (1+2j) ", "j", "-j", "+j", "1e3j", "1_0+2_0j", "3", "-1.5-2.5J", "inf+nanj", "-infj",
          "( 4-5j )", "1e-3+1e3j", ".5j", "5.j"]:
    print(repr(s), complex(s))
for s in ["1 + 2j", "x", "1+", "", "()", "1+2", "j1", "1+2jj", "(1+2j", "1++2j", "--1"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), e)
for args in [("1+2j", 1), (1, "2"), (None,), (1, None), ([],)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(e)
print(complex(1j, 1j), complex(1 + 2j, 3), complex(real=1, imag=2), complex(imag=3), complex(2**60))
class C:
    def __complex__(self):
        return 3 + 4j
print(complex(C()), complex(2.5), complex(1, 2.5))
try:
    complex(2**2000)
except OverflowError as e:
    print(e)
