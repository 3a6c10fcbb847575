# Managing breakpoints: break with no argument lists them, disable/enable,
# ignore counts, condition set and cleared, clear by number and by
# file:line, a breakpoint on a function (break_manage.in).
import pdb


def step(i):
    doubled = i * 2
    return doubled


def loop():
    out = []
    for i in range(6):
        out.append(step(i))
    return out


pdb.set_trace()
print(loop())
