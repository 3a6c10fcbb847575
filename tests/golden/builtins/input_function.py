# input() reads lines from stdin; EOF raises EOFError.
name = input("Name: ")
print("Hello,", name)
age = input()
print("Age", int(age) + 1)
try:
    input("more? ")
except EOFError as e:
    print("EOFError", e)
