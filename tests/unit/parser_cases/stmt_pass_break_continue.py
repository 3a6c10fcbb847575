pass
for x in y:
    break
while True:
    continue
