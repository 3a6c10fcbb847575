from circ.x import X
Y = 2
