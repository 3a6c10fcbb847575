# close() raises GeneratorExit at the await; ignoring it is an error.
class Suspend:
    def __await__(self):
        yield "s"

async def cleanup():
    try:
        await Suspend()
    finally:
        print("finally ran")

c = cleanup()
c.send(None)
print(c.close())
print(c.cr_frame)
print(c.close())

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        print("got GeneratorExit")
        await Suspend()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def returns_on_exit():
    try:
        await Suspend()
    except GeneratorExit:
        return 5

c = returns_on_exit()
c.send(None)
print("close returned", c.close())

async def raises_other():
    try:
        await Suspend()
    except GeneratorExit:
        raise ValueError("from close")

c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

c = cleanup()
c.close()
print("unstarted closed", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
