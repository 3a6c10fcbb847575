# Each new thread starts with an empty context; ContextVar values set in a
# thread stay there; copy_context().run carries values into a thread.
import contextvars
import threading

var = contextvars.ContextVar("var", default="default")
var.set("main")
seen = []
def read(tag):
    seen.append((tag, var.get()))
    var.set(tag)
    seen.append((tag + "-after", var.get()))

threads = [threading.Thread(target=read, args=("t%d" % i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(seen), var.get())
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(lambda: seen.append(("ctx", var.get())),))
t.start(); t.join()
print(seen[-1])
