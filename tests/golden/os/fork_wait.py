# fork + waitpid: exit statuses, the W* macros, register_at_fork hooks, a pipe to the child.
import os
import sys

events = []
os.register_at_fork(before=lambda: events.append("before1"), after_in_parent=lambda: events.append("parent"))
os.register_at_fork(before=lambda: events.append("before2"))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"child says hi")
    os._exit(7)
os.close(w)
print(events)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
got, status = os.waitpid(pid, 0)
print(got == pid, data)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
got, status = os.wait()
print(got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os._exit(3)
got, status, usage = os.wait4(pid, 0)
print(got == pid, os.WEXITSTATUS(status), type(usage).__name__, type(usage.ru_utime).__name__)
print(os.waitpid(-1, os.WNOHANG) if False else "ok")
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError")
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print("ValueError", e)
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError", e)
try:
    os.register_at_fork(before=5)
except TypeError as e:
    print("TypeError", e)
print(os.WIFEXITED(status=0), os.WCOREDUMP(0), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))
