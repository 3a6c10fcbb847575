# Class 1 of issue 10: allocations sized by the program that cannot be
# satisfied raise MemoryError (OverflowError/ValueError where CPython checks
# the size first), at once, never abort or fill memory. An address-space
# limit makes every case fail the same on every machine.
import resource

resource.setrlimit(resource.RLIMIT_AS, (4 << 30, resource.getrlimit(resource.RLIMIT_AS)[1]))

cases = [
    "'1'.zfill(2**50)",
    "'a'.ljust(2**50)",
    "'a'.rjust(2**50)",
    "'a'.center(2**50)",
    "format('x', '>99999999999')",
    "b'a' * 10**12",
    "b'a' * 2**63",
    "'a' * 2**62",
    "(1).to_bytes(10**12, 'big')",
    "'\\t'.expandtabs(2**40)",
    "'%*d' % (2**62, 1)",
    "'%*d' % (10**10, 1)",
    "'%99999999999999999999d' % 1",
    "'{:99999999999999999999}'.format(1)",
    "bytes(10**12)",
    "bytearray(10**12)",
    "[0] * 10**12",
    "b'a'.center(10**12)",
]
for src in cases:
    try:
        eval(src)
        print(src, 'succeeded')
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, type(e).__name__, e)
