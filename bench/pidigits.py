# Digits of pi with the unbounded spigot algorithm (big-int arithmetic:
# multiplication, floor division and comparison of growing integers).
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
digits = pi_digits(n)
print(''.join(map(str, digits[:30])), ''.join(map(str, digits[-30:])), sum(digits))
