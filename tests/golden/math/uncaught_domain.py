# An uncaught math domain error.
import math
for x in [4, 1, 0, -1]:
    print(math.sqrt(x))
