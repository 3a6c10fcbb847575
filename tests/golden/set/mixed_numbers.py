# Equal numbers of different types collapse to one member; order follows the
# numeric hash (floats with integral values hash like ints).
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.0, 1}, {True, 1})
print({0.5, 1.5, 2.5, 0.25}, {1e100, 1.0, 2**64, 2.0**64})
print({float("inf"), float("-inf"), 0})
print({2**64, 2**65, 2**66, 2**61 - 1, 2**61}, {-2**64, -(2**61 - 1), -1})
print({10**i for i in range(25)})
print({i / 4 for i in range(12)})
print(2.0 in {2}, 2 in {2.0}, True in {1}, 1.5 in {1})
