# sys.set_coroutine_origin_tracking_depth: cr_origin and the "Coroutine created at" part of the warning.
import sys

async def job():
    pass

print(sys.get_coroutine_origin_tracking_depth())
c = job()
print("untracked:", c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())

def make():
    return job()

def outer():
    return make()

c = outer()
print([(name, line) for _, line, name in c.cr_origin])
print(all(file == __file__ for file, _, _ in c.cr_origin))
c.close()

def forgets():
    job()

forgets()

sys.set_coroutine_origin_tracking_depth(depth=1)
c = make()
print(len(c.cr_origin), c.cr_origin[0][2])
c.close()
for bad in (-1, "2", 1.5):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(0)
c = job()
print("off again:", c.cr_origin)
c.close()
print("done")
