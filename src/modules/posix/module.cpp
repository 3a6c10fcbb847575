// posix: the module object — its function tables, result types, constants
// (CPython's Linux set), environ, the conf name tables and _have_functions,
// from which os.py builds supports_dir_fd, supports_fd and
// supports_follow_symlinks.
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/memfd.h>
#include <sched.h>
#include <stdio.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <linux/xattr.h>
#include <sysexits.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posix/posix_modules.h"
#include "modules/posix/results.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kPosixConstants[] = {
    {"CLD_CONTINUED", CLD_CONTINUED}, {"CLD_DUMPED", CLD_DUMPED}, {"CLD_EXITED", CLD_EXITED},
    {"CLD_KILLED", CLD_KILLED}, {"CLD_STOPPED", CLD_STOPPED}, {"CLD_TRAPPED", CLD_TRAPPED},
    {"EFD_CLOEXEC", EFD_CLOEXEC}, {"EFD_NONBLOCK", EFD_NONBLOCK}, {"EFD_SEMAPHORE", EFD_SEMAPHORE},
    {"EX_CANTCREAT", EX_CANTCREAT}, {"EX_CONFIG", EX_CONFIG}, {"EX_DATAERR", EX_DATAERR},
    {"EX_IOERR", EX_IOERR}, {"EX_NOHOST", EX_NOHOST}, {"EX_NOINPUT", EX_NOINPUT}, {"EX_NOPERM", EX_NOPERM},
    {"EX_NOUSER", EX_NOUSER}, {"EX_OK", EX_OK}, {"EX_OSERR", EX_OSERR}, {"EX_OSFILE", EX_OSFILE},
    {"EX_PROTOCOL", EX_PROTOCOL}, {"EX_SOFTWARE", EX_SOFTWARE}, {"EX_TEMPFAIL", EX_TEMPFAIL},
    {"EX_UNAVAILABLE", EX_UNAVAILABLE}, {"EX_USAGE", EX_USAGE}, {"F_LOCK", F_LOCK}, {"F_OK", F_OK},
    {"F_TEST", F_TEST}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK}, {"GRND_NONBLOCK", GRND_NONBLOCK},
    {"GRND_RANDOM", GRND_RANDOM}, {"MFD_ALLOW_SEALING", MFD_ALLOW_SEALING}, {"MFD_CLOEXEC", MFD_CLOEXEC},
    {"MFD_HUGETLB", MFD_HUGETLB}, {"MFD_HUGE_16GB", MFD_HUGE_16GB}, {"MFD_HUGE_16MB", MFD_HUGE_16MB},
    {"MFD_HUGE_1GB", MFD_HUGE_1GB}, {"MFD_HUGE_1MB", MFD_HUGE_1MB}, {"MFD_HUGE_256MB", MFD_HUGE_256MB},
    {"MFD_HUGE_2GB", MFD_HUGE_2GB}, {"MFD_HUGE_2MB", MFD_HUGE_2MB}, {"MFD_HUGE_32MB", MFD_HUGE_32MB},
    {"MFD_HUGE_512KB", MFD_HUGE_512KB}, {"MFD_HUGE_512MB", MFD_HUGE_512MB}, {"MFD_HUGE_64KB", MFD_HUGE_64KB},
    {"MFD_HUGE_8MB", MFD_HUGE_8MB}, {"MFD_HUGE_MASK", MFD_HUGE_MASK}, {"MFD_HUGE_SHIFT", MFD_HUGE_SHIFT},
    {"NGROUPS_MAX", NGROUPS_MAX}, {"O_ACCMODE", O_ACCMODE}, {"O_APPEND", O_APPEND}, {"O_ASYNC", O_ASYNC},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_CREAT", O_CREAT}, {"O_DIRECT", O_DIRECT}, {"O_DIRECTORY", O_DIRECTORY},
    {"O_DSYNC", O_DSYNC}, {"O_EXCL", O_EXCL}, {"O_FSYNC", O_FSYNC}, {"O_LARGEFILE", O_LARGEFILE},
    {"O_NDELAY", O_NDELAY}, {"O_NOATIME", O_NOATIME}, {"O_NOCTTY", O_NOCTTY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_NONBLOCK", O_NONBLOCK}, {"O_PATH", O_PATH}, {"O_RDONLY", O_RDONLY}, {"O_RDWR", O_RDWR},
    {"O_RSYNC", O_RSYNC}, {"O_SYNC", O_SYNC}, {"O_TMPFILE", O_TMPFILE}, {"O_TRUNC", O_TRUNC},
    {"O_WRONLY", O_WRONLY}, {"POSIX_FADV_DONTNEED", POSIX_FADV_DONTNEED},
    {"POSIX_FADV_NOREUSE", POSIX_FADV_NOREUSE}, {"POSIX_FADV_NORMAL", POSIX_FADV_NORMAL},
    {"POSIX_FADV_RANDOM", POSIX_FADV_RANDOM}, {"POSIX_FADV_SEQUENTIAL", POSIX_FADV_SEQUENTIAL},
    {"POSIX_FADV_WILLNEED", POSIX_FADV_WILLNEED}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_PROCESS", PRIO_PROCESS},
    {"PRIO_USER", PRIO_USER}, {"P_ALL", P_ALL}, {"P_PGID", P_PGID}, {"P_PID", P_PID}, {"P_PIDFD", P_PIDFD},
    {"RTLD_DEEPBIND", RTLD_DEEPBIND}, {"RTLD_GLOBAL", RTLD_GLOBAL}, {"RTLD_LAZY", RTLD_LAZY},
    {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_NODELETE", RTLD_NODELETE}, {"RTLD_NOLOAD", RTLD_NOLOAD},
    {"RTLD_NOW", RTLD_NOW}, {"RWF_APPEND", RWF_APPEND}, {"RWF_DSYNC", RWF_DSYNC}, {"RWF_HIPRI", RWF_HIPRI},
    {"RWF_NOWAIT", RWF_NOWAIT}, {"RWF_SYNC", RWF_SYNC}, {"R_OK", R_OK}, {"SCHED_BATCH", SCHED_BATCH},
    {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_IDLE", SCHED_IDLE}, {"SCHED_OTHER", SCHED_OTHER},
    {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK}, {"SCHED_RR", SCHED_RR}, {"SEEK_DATA", SEEK_DATA},
    {"SEEK_HOLE", SEEK_HOLE}, {"SPLICE_F_MORE", SPLICE_F_MORE}, {"SPLICE_F_MOVE", SPLICE_F_MOVE},
    {"SPLICE_F_NONBLOCK", SPLICE_F_NONBLOCK}, {"ST_APPEND", ST_APPEND}, {"ST_MANDLOCK", ST_MANDLOCK},
    {"ST_NOATIME", ST_NOATIME}, {"ST_NODEV", ST_NODEV}, {"ST_NODIRATIME", ST_NODIRATIME},
    {"ST_NOEXEC", ST_NOEXEC}, {"ST_NOSUID", ST_NOSUID}, {"ST_RDONLY", ST_RDONLY},
    {"ST_RELATIME", ST_RELATIME}, {"ST_SYNCHRONOUS", ST_SYNCHRONOUS}, {"ST_WRITE", ST_WRITE},
    {"TMP_MAX", TMP_MAX}, {"WCONTINUED", WCONTINUED}, {"WEXITED", WEXITED}, {"WNOHANG", WNOHANG},
    {"WNOWAIT", WNOWAIT}, {"WSTOPPED", WSTOPPED}, {"WUNTRACED", WUNTRACED}, {"W_OK", W_OK},
    {"XATTR_CREATE", XATTR_CREATE}, {"XATTR_REPLACE", XATTR_REPLACE}, {"XATTR_SIZE_MAX", XATTR_SIZE_MAX},
    {"X_OK", X_OK},
};

// The HAVE_* names of the dir_fd, fd and follow_symlinks forms Taipan provides.
const char* const kHaveFunctions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR",     "HAVE_FCHMOD",     "HAVE_FCHMODAT",     "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",  "HAVE_FDOPENDIR",  "HAVE_FEXECVE",    "HAVE_FPATHCONF",    "HAVE_FSTATAT",
    "HAVE_FSTATVFS",  "HAVE_FTRUNCATE",  "HAVE_FUTIMENS",   "HAVE_FUTIMES",      "HAVE_FUTIMESAT",
    "HAVE_LCHOWN",    "HAVE_LINKAT",     "HAVE_LSTAT",      "HAVE_LUTIMES",      "HAVE_MEMFD_CREATE",
    "HAVE_MKDIRAT",   "HAVE_MKFIFOAT",   "HAVE_MKNODAT",    "HAVE_OPENAT",       "HAVE_READLINKAT",
    "HAVE_RENAMEAT",  "HAVE_SYMLINKAT",  "HAVE_UNLINKAT",   "HAVE_UTIMENSAT",
};

int add_have_functions(Value module) {
  Ref names = Ref::steal(list_new(0));
  for (const char* name : kHaveFunctions) {
    Ref s = str_from_utf8(name);
    if (!s || list_append(names.as<List>(), *s) < 0) return -1;
  }
  return module_add(module, "_have_functions", *names);
}

}  // namespace

Ref make_posix_module() {
  Ref module = module_new("posix", true);
  if (!module) return nullptr;
  for (const MethodDef* table : {posix::kPosixPathFunctions, posix::kPosixDirFunctions, posix::kPosixFdFunctions,
                                 posix::kPosixProcessFunctions, posix::kPosixSystemFunctions,
                                 posix::kPosixEnvironFunctions}) {
    if (module_add_functions(*module, table) < 0) return nullptr;
  }
  for (const IntConstant& c : kPosixConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  if (posix::add_result_types(*module) < 0 || posix::add_dir_types(*module) < 0 ||
      posix::add_conf_name_tables(*module) < 0 || posix::add_environ(*module) < 0 || add_have_functions(*module) < 0 ||
      module_add(*module, "error", Value::object(exc::OSError)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
