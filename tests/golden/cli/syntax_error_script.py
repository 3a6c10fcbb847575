# A syntax error in the main script is reported without running anything.
print("not printed")
x = (1 +
