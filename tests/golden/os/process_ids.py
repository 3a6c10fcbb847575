# Process identity: ids, groups, sessions, priority, times, umask, and their argument errors.
import os

print(os.getpid() > 0, os.getppid() > 0, os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid())
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]))
print(type(os.getgroups()).__name__)
print(type(os.nice(0)).__name__, os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
t = os.times()
print(type(t).__name__, len(t), type(t.user).__name__, t.elapsed > 0, t[0] == t.user)
print(os.times_result.__match_args__)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
for args in [(-5,), (2**40,), ("x",)]:
    try:
        os.setuid(*args)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.getpid(1)
except TypeError as e:
    print("TypeError", e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
print(os.uname_result.__match_args__)
print(os.cpu_count() >= 1, len(os.sched_getaffinity(0)) >= 1, type(os.getloadavg()).__name__)
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]))
print(os.pathconf("/", "PC_NAME_MAX"), type(os.confstr("CS_PATH")).__name__)
for bad in ("NO_SUCH", 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(os.urandom(16)), len(os.getrandom(8)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
