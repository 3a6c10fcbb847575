# Coroutines still alive at exit are reported once, as sys:1, without the tracemalloc hint.
async def job():
    pass

kept = job()
in_list = [job()]

class Holder:
    attribute = job()

def make():
    return job()

result = make()
print("end of program")
