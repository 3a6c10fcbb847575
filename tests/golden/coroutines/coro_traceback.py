# An exception escaping nested coroutines shows every await frame in the traceback.
async def leaf(n):
    if n == 0:
        raise ValueError("deep failure")
    return n

async def middle():
    await leaf(1)
    await leaf(0)

async def top():
    await middle()

def drive(c):
    c.send(None)

drive(top())
