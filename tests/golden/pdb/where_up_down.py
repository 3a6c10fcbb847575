# pdb's where/bt, up and down with counts, the oldest and newest frame
# messages, p of each frame's locals (where_up_down.in).
import pdb


def level3(z):
    pdb.set_trace()
    return z + 1


def level2(y):
    return level3(y * 2)


def level1(x):
    return level2(x + 1)


print(level1(1))
