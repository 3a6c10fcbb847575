# pdb's step into a call (--Call--), return to its end (--Return--, retval),
# then back in the caller; step through a generator's yields and `r` out of
# a nested call (return_step.in).
import pdb


def square(x):
    y = x * x
    return y


def numbers():
    yield 1
    yield 2


def main():
    pdb.set_trace()
    a = square(3)
    b = [n for n in numbers()]
    return a, b


print(main())
