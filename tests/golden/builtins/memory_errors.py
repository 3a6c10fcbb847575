# Requests larger than the machine's memory raise MemoryError at once.
cases = [
    "[1] * 10**10", "[None]; a *= 10**10", "(1,) * 10**10", "'ab' * 10**15", "b'ab' * 10**15",
    "bytearray(10**11)", "bytes(10**11)", "1 << 2**39", "[0] * 2**62",
]
for src in cases:
    try:
        if ";" in src:
            ns = {}
            exec(src.replace("[None]; a", "a = [None]; a"), ns)
        else:
            eval(src)
        print(src, "no error")
    except MemoryError as e:
        print(src, "MemoryError", repr(e.args))
    except OverflowError as e:
        print(src, "OverflowError", e)
