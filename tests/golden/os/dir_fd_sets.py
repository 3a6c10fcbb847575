# The supports_* sets os.py builds from posix._have_functions, and the module's constants.
import os
import posix

names = lambda s: sorted(f.__name__ for f in s)
print(names(os.supports_dir_fd))
print(names(os.supports_fd))
print(names(os.supports_follow_symlinks))
print(names(os.supports_effective_ids))
print(sorted(posix._have_functions) == sorted(set(posix._have_functions)))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.SEEK_DATA, os.SEEK_HOLE)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.WNOHANG, os.EX_OK, os.EX_USAGE)
print(os.P_PID, os.P_ALL, os.CLD_EXITED, os.SCHED_OTHER, os.RTLD_NOW, os.GRND_NONBLOCK)
print(os.ST_RDONLY, os.ST_NOSUID, os.PRIO_PROCESS, os.F_LOCK, os.NGROUPS_MAX)
print(os.name, os.sep, os.linesep == "\n", os.devnull, os.curdir, os.pardir, os.extsep)
print(type(os.sysconf_names).__name__, "SC_PAGESIZE" in os.sysconf_names, "PC_NAME_MAX" in os.pathconf_names,
      "CS_PATH" in os.confstr_names)
print(all(hasattr(posix, n) for n in ("stat", "lstat", "fstat", "scandir", "DirEntry", "stat_result",
                                       "statvfs_result", "terminal_size", "uname_result", "times_result")))
print(os.statvfs(".").f_namemax > 0, len(os.statvfs(".")), os.statvfs_result.n_fields)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines)
try:
    os.get_terminal_size(987)
except OSError as e:
    print(type(e).__name__, e.errno)
