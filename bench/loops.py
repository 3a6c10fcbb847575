# Loops: nested for/while loops over ranges with integer arithmetic.
def run():
    total = 0
    for i in range(3000):
        j = 0
        while j < 1000:
            total += (i * j) % 7
            j += 1
    return total

print(run())
