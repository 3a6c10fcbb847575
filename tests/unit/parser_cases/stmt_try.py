try:
    a
except:
    b
try:
    a
except E:
    b
except (F, G) as e:
    c
else:
    d
finally:
    e
try:
    a
finally:
    b
try:
    pass
except E as e:
    pass
