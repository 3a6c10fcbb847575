from circ.y import Y
X = 1
