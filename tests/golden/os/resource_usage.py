# resource: getrusage, limits, page size and their errors; os.wait3 returns a struct_rusage too.
import os
import resource

u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), resource.struct_rusage.n_fields, resource.struct_rusage.__match_args__[:4])
print(type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, u.ru_maxrss > 0, u[0] == u.ru_utime)
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getpagesize() == os.sysconf("SC_PAGESIZE"), resource.RLIM_INFINITY, resource.error is OSError)
print(resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RUSAGE_SELF,
      resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
for f in (lambda: resource.getrlimit(99), lambda: resource.setrlimit(0, (1,)), lambda: resource.getrusage(5),
          lambda: resource.setrlimit(0, 5), lambda: resource.getrlimit("x")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
pid = os.fork()
if pid == 0:
    os._exit(5)
got, status, usage = os.wait3(0)
print(got == pid, os.WEXITSTATUS(status), type(usage).__name__)
