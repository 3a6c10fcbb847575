# An uncaught ZeroDivisionError ends the program with a traceback.
def ratio(a, b):
    return a // b
print(ratio(10, 3))
print(ratio(2**70, 0))
