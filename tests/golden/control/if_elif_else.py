for x in range(-2, 4):
    if x < 0:
        print(x, "negative")
    elif x == 0:
        print(x, "zero")
    elif x == 1:
        print(x, "one")
    else:
        print(x, "many")
print("yes" if [] else "no", "yes" if [0] else "no")
y = 5
if y > 3 and y < 10 or y == 100:
    print("in range")
if not (y > 3):
    print("unreachable")
else:
    print("not not")
