# format() of complex numbers.
for v, spec in [(1 + 2j, ""), (1 + 2j, ".2f"), (-0.0 - 0j, ""), (1j, ""), (1 + 0j, ""), (1.5 + 2j, "^20"),
                (1.5 + 2j, "+g"), (1 + 2j, "e"), (1e20 + 1j, ""), (1 + 2j, "n"), (1 + 2j, "z"),
                (complex(-0.0, -0.0), "z.1f"), (complex(float("nan"), float("inf")), ""), (1 + 2j, "#"),
                (1 + 2j, ","), (1234 + 5678j, "_.1f"), (1234 + 5678j, ",.2f"), (1 + 2j, ">15"), (1 + 2j, "*<15.3"),
                (1j, "+"), (-1j, " "), (1 + 2j, "G"), (1e-7 + 1e7j, "g"), (1e-7 + 1e7j, ".3"), (1.25 + 0.5j, ".1f")]:
    print(repr(spec), repr(format(v, spec)))
for spec in ["=10", "010", "%", "d", "x", "q"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(e)
print(f"{3+4j}", f"{3+4j:10.1f}|", "{:}".format(2j), str(1 + 1j))
