// posix: operations on paths — stat and its kin, permissions and owners,
// links, renaming, removing, creating nodes, truncating, utime and statvfs —
// with the dir_fd=, follow_symlinks= and fd-for-path forms CPython accepts.
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cmath>
#include <string>

#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "modules/posix/results.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::posix {

namespace {

int at_flags(bool follow_symlinks) { return follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW; }

Ref do_stat(const char* function, Value path_v, Value dir_fd_v, bool follow_symlinks, bool allow_fd) {
  PathArg path{function, "path", allow_fd};
  int dir_fd;
  if (!path_arg(path_v, &path) || !dir_fd_arg(dir_fd_v, &dir_fd)) return nullptr;
  if (!check_dir_fd_and_fd(function, path, dir_fd) || !check_fd_and_follow(function, path, follow_symlinks)) {
    return nullptr;
  }
  struct stat st;
  int r = path.fd >= 0 ? ::fstat(path.fd, &st) : ::fstatat(dir_fd, path.c_str(), &st, at_flags(follow_symlinks));
  if (r < 0) return path_error(path);
  return make_stat_result(st);
}

Ref posix_stat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "dir_fd", "follow_symlinks"};
  static const ArgSpec kSpec{"stat", kNames, 3, 0, 1, 1};
  Value a[3];
  bool follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !bool_arg(a[2], &follow)) return nullptr;
  return do_stat("stat", a[0], a[1], follow, true);
}

Ref posix_lstat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "dir_fd"};
  static const ArgSpec kSpec{"lstat", kNames, 2, 0, 1, 1};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  return do_stat("lstat", a[0], a[1], false, false);
}

Ref posix_fstat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd"};
  static const ArgSpec kSpec{"fstat", kNames, 1, 0, 1};
  Value a[1];
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd)) return nullptr;
  struct stat st;
  if (retry_eintr([&] { return ::fstat(fd, &st); }) < 0) return error_occurred() ? nullptr : errno_error();
  return make_stat_result(st);
}

Ref posix_access(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
  static const ArgSpec kSpec{"access", kNames, 5, 0, 2, 2};
  Value a[5];
  PathArg path{"access"};
  int mode, dir_fd;
  bool effective = false, follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !int_arg(a[1], &mode) ||
      !dir_fd_arg(a[2], &dir_fd) || !bool_arg(a[3], &effective) || !bool_arg(a[4], &follow)) {
    return nullptr;
  }
  int flags = at_flags(follow) | (effective ? AT_EACCESS : 0);
  return Ref::boolean(::faccessat(dir_fd, path.c_str(), mode, flags) == 0);
}

Ref posix_chmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "follow_symlinks"};
  static const ArgSpec kSpec{"chmod", kNames, 4, 0, 2, 2};
  Value a[4];
  PathArg path{"chmod", "path", true};
  int mode, dir_fd;
  bool follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !int_arg(a[1], &mode) ||
      !dir_fd_arg(a[2], &dir_fd) || !bool_arg(a[3], &follow)) {
    return nullptr;
  }
  if (!check_dir_fd_and_fd("chmod", path, dir_fd) || !check_fd_and_follow("chmod", path, follow)) return nullptr;
  int r = path.fd >= 0 ? ::fchmod(path.fd, static_cast<mode_t>(mode))
                       : ::fchmodat(dir_fd, path.c_str(), static_cast<mode_t>(mode), at_flags(follow));
  if (r < 0) {
    if (errno == ENOTSUP && !follow) {
      return raise(exc::NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
    }
    return path_error(path);
  }
  return Ref::none();
}

Ref posix_fchmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd", "mode"};
  static const ArgSpec kSpec{"fchmod", kNames, 2, 0, 2};
  Value a[2];
  int fd, mode;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd) || !int_arg(a[1], &mode)) return nullptr;
  if (retry_eintr([&] { return ::fchmod(fd, static_cast<mode_t>(mode)); }) < 0) {
    return error_occurred() ? nullptr : errno_error();
  }
  return Ref::none();
}

Ref chown_common(const char* function, const Value* a, bool follow, bool allow_fd) {
  PathArg path{function, "path", allow_fd};
  uint32_t uid, gid;
  int dir_fd;
  if (!path_arg(a[0], &path) || !id_arg(a[1], &uid, "uid") || !id_arg(a[2], &gid, "gid") ||
      !dir_fd_arg(a[3], &dir_fd)) {
    return nullptr;
  }
  if (!check_dir_fd_and_fd(function, path, dir_fd) || !check_fd_and_follow(function, path, follow)) return nullptr;
  int r = path.fd >= 0 ? ::fchown(path.fd, uid, gid) : ::fchownat(dir_fd, path.c_str(), uid, gid, at_flags(follow));
  if (r < 0) return path_error(path);
  return Ref::none();
}

Ref posix_chown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
  static const ArgSpec kSpec{"chown", kNames, 5, 0, 3, 3};
  Value a[5];
  bool follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !bool_arg(a[4], &follow)) return nullptr;
  return chown_common("chown", a, follow, true);
}

Ref posix_lchown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "uid", "gid"};
  static const ArgSpec kSpec{"lchown", kNames, 3, 0, 3};
  Value a[4];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  a[3] = Value();
  return chown_common("lchown", a, false, false);
}

Ref posix_fchown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd", "uid", "gid"};
  static const ArgSpec kSpec{"fchown", kNames, 3, 0, 3};
  Value a[3];
  int fd;
  uint32_t uid, gid;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &fd) || !id_arg(a[1], &uid, "uid") ||
      !id_arg(a[2], &gid, "gid")) {
    return nullptr;
  }
  if (::fchown(fd, uid, gid) < 0) return errno_error();
  return Ref::none();
}

// link/rename/replace: (src, dst, *, src_dir_fd=None, dst_dir_fd=None).
struct TwoPaths {
  PathArg src, dst;
  int src_dir_fd, dst_dir_fd;
};

bool two_paths(const char* function, const Value* a, TwoPaths* p) {
  p->src = PathArg{function, "src"};
  p->dst = PathArg{function, "dst"};
  return path_arg(a[0], &p->src) && path_arg(a[1], &p->dst) && dir_fd_arg(a[2], &p->src_dir_fd) &&
         dir_fd_arg(a[3], &p->dst_dir_fd);
}

Ref posix_link(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
  static const ArgSpec kSpec{"link", kNames, 5, 0, 2, 2};
  Value a[5];
  TwoPaths p;
  bool follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !two_paths("link", a, &p) || !bool_arg(a[4], &follow)) {
    return nullptr;
  }
  if (::linkat(p.src_dir_fd, p.src.c_str(), p.dst_dir_fd, p.dst.c_str(), follow ? AT_SYMLINK_FOLLOW : 0) < 0) {
    return path_error2(p.src, p.dst);
  }
  return Ref::none();
}

Ref rename_common(const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
  const ArgSpec spec{function, kNames, 4, 0, 2, 2};
  Value a[4];
  TwoPaths p;
  if (!bind_args(spec, args, nargs, kwnames, a) || !two_paths(function, a, &p)) return nullptr;
  if (::renameat(p.src_dir_fd, p.src.c_str(), p.dst_dir_fd, p.dst.c_str()) < 0) return path_error2(p.src, p.dst);
  return Ref::none();
}

Ref posix_rename(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rename_common("rename", args, nargs, kwnames);
}

Ref posix_replace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rename_common("replace", args, nargs, kwnames);
}

Ref posix_symlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"src", "dst", "target_is_directory", "dir_fd"};
  static const ArgSpec kSpec{"symlink", kNames, 4, 0, 2, 3};
  Value a[4];
  PathArg src{"symlink", "src"}, dst{"symlink", "dst"};
  int dir_fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &src) || !path_arg(a[1], &dst) ||
      !dir_fd_arg(a[3], &dir_fd)) {
    return nullptr;
  }
  if (::symlinkat(src.c_str(), dir_fd, dst.c_str()) < 0) return path_error2(src, dst);
  return Ref::none();
}

Ref posix_readlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "dir_fd"};
  static const ArgSpec kSpec{"readlink", kNames, 2, 0, 1, 1};
  Value a[2];
  PathArg path{"readlink"};
  int dir_fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !dir_fd_arg(a[1], &dir_fd)) {
    return nullptr;
  }
  char buf[PATH_MAX + 1];
  ssize_t n = ::readlinkat(dir_fd, path.c_str(), buf, sizeof buf);
  if (n < 0) return path_error(path);
  return fs_name(std::string_view(buf, static_cast<size_t>(n)), path.as_bytes);
}

// unlink/remove/rmdir: (path, *, dir_fd=None).
Ref remove_common(const char* function, int flags, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "dir_fd"};
  const ArgSpec spec{function, kNames, 2, 0, 1, 1};
  Value a[2];
  PathArg path{function};
  int dir_fd;
  if (!bind_args(spec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !dir_fd_arg(a[1], &dir_fd)) {
    return nullptr;
  }
  if (::unlinkat(dir_fd, path.c_str(), flags) < 0) return path_error(path);
  return Ref::none();
}

Ref posix_unlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_common("unlink", 0, args, nargs, kwnames);
}
Ref posix_remove(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_common("remove", 0, args, nargs, kwnames);
}
Ref posix_rmdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_common("rmdir", AT_REMOVEDIR, args, nargs, kwnames);
}

// mkdir/mkfifo/mknod: (path, mode=default[, device=0], *, dir_fd=None).
Ref make_node(const char* function, int default_mode, bool has_device, const Value* args, size_t nargs,
              Tuple* kwnames) {
  static const char* const kDirNames[] = {"path", "mode", "dir_fd"};
  static const char* const kNodeNames[] = {"path", "mode", "device", "dir_fd"};
  const ArgSpec spec = has_device ? ArgSpec{function, kNodeNames, 4, 0, 1, 3} : ArgSpec{function, kDirNames, 3, 0, 1, 2};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Value dir_fd_v = has_device ? a[3] : a[2];
  PathArg path{function};
  int mode = default_mode, dir_fd;
  int64_t device = 0;
  if (!path_arg(a[0], &path) || (!a[1].is_null() && !int_arg(a[1], &mode)) || !dir_fd_arg(dir_fd_v, &dir_fd) ||
      (has_device && !a[2].is_null() && !int64_arg(a[2], &device))) {
    return nullptr;
  }
  int r;
  if (std::string_view(function) == "mkdir") {
    r = ::mkdirat(dir_fd, path.c_str(), static_cast<mode_t>(mode));
  } else if (!has_device) {
    r = retry_eintr([&] { return ::mkfifoat(dir_fd, path.c_str(), static_cast<mode_t>(mode)); });
  } else {
    r = ::mknodat(dir_fd, path.c_str(), static_cast<mode_t>(mode), static_cast<dev_t>(device));
  }
  if (r < 0) return error_occurred() ? nullptr : path_error(path);
  return Ref::none();
}

Ref posix_mkdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_node("mkdir", 0777, false, args, nargs, kwnames);
}
Ref posix_mkfifo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_node("mkfifo", 0666, false, args, nargs, kwnames);
}
Ref posix_mknod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_node("mknod", 0600, true, args, nargs, kwnames);
}

Ref posix_major(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t dev;
  if (!one_arg("posix.major", args, nargs, kwnames) || !int64_arg(args[0], &dev)) {
    return nullptr;
  }
  return int_from_uint64(major(static_cast<dev_t>(dev)));
}

Ref posix_minor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t dev;
  if (!one_arg("posix.minor", args, nargs, kwnames) || !int64_arg(args[0], &dev)) {
    return nullptr;
  }
  return int_from_uint64(minor(static_cast<dev_t>(dev)));
}

Ref posix_makedev(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t ma, mi;
  if (!no_keywords("makedev", kwnames) || !check_arg_count("makedev", nargs, 2, 2) || !int64_arg(args[0], &ma) ||
      !int64_arg(args[1], &mi)) {
    return nullptr;
  }
  return int_from_uint64(makedev(static_cast<unsigned>(ma), static_cast<unsigned>(mi)));
}

Ref posix_truncate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "length"};
  static const ArgSpec kSpec{"truncate", kNames, 2, 0, 2};
  Value a[2];
  PathArg path{"truncate", "path", true};
  int64_t length;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !int64_arg(a[1], &length)) {
    return nullptr;
  }
  int r = path.fd >= 0 ? retry_eintr([&] { return ::ftruncate(path.fd, length); }) : ::truncate(path.c_str(), length);
  if (r < 0) return error_occurred() ? nullptr : path_error(path);
  return Ref::none();
}

// A time given as seconds (int or float) split as utime() needs it.
bool seconds_to_timespec(Value v, timespec* out) {
  if (is_float(v)) {
    double d = float_value(v);
    if (!std::isfinite(d)) {
      raise(exc::ValueError, std::isnan(d) ? "Invalid value NaN (not a number)" : "cannot convert float infinity to integer");
      return false;
    }
    double whole = std::floor(d);
    double frac = std::round((d - whole) * 1e9);
    if (frac >= 1e9) {
      whole += 1;
      frac -= 1e9;
    }
    out->tv_sec = static_cast<time_t>(whole);
    out->tv_nsec = static_cast<long>(frac);
    return true;
  }
  int64_t s;
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int64_arg(v, &s)) return false;
  out->tv_sec = s;
  out->tv_nsec = 0;
  return true;
}

bool ns_to_timespec(Value v, timespec* out) {
  Ref seconds = binary_op(v, Value::small_int(1000000000), BinaryOp::FloorDivide);
  Ref nanos = seconds ? binary_op(v, Value::small_int(1000000000), BinaryOp::Remainder) : nullptr;
  int64_t s, ns;
  if (!nanos || !int64_arg(*seconds, &s) || !int64_arg(*nanos, &ns)) return false;
  out->tv_sec = s;
  out->tv_nsec = ns;
  return true;
}

Ref posix_utime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  static const ArgSpec kSpec{"utime", kNames, 5, 0, 1, 2};
  Value a[5];
  PathArg path{"utime", "path", true};
  int dir_fd;
  bool follow = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path) || !dir_fd_arg(a[3], &dir_fd) ||
      !bool_arg(a[4], &follow)) {
    return nullptr;
  }
  bool has_times = !a[1].is_null() && !a[1].is_none();
  if (has_times && !a[2].is_null()) {
    return raise(exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  }
  timespec ts[2];
  timespec* which = nullptr;
  if (has_times) {
    if (!is_tuple(a[1]) || a[1].as<Tuple>()->size != 2) {
      return raise(exc::TypeError, "utime: 'times' must be either a tuple of two ints or None");
    }
    Tuple* t = a[1].as<Tuple>();
    if (!seconds_to_timespec(t->items[0], &ts[0]) || !seconds_to_timespec(t->items[1], &ts[1])) return nullptr;
    which = ts;
  } else if (!a[2].is_null()) {
    if (!is_tuple(a[2]) || a[2].as<Tuple>()->size != 2) {
      return raise(exc::TypeError, "utime: 'ns' must be a tuple of two ints");
    }
    Tuple* t = a[2].as<Tuple>();
    if (!ns_to_timespec(t->items[0], &ts[0]) || !ns_to_timespec(t->items[1], &ts[1])) return nullptr;
    which = ts;
  }
  if (!check_dir_fd_and_fd("utime", path, dir_fd) || !check_fd_and_follow("utime", path, follow)) return nullptr;
  int r = path.fd >= 0 ? ::futimens(path.fd, which) : ::utimensat(dir_fd, path.c_str(), which, at_flags(follow));
  if (r < 0) return path_error(path);
  return Ref::none();
}

Ref posix_statvfs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"statvfs", kNames, 1, 0, 1};
  Value a[1];
  PathArg path{"statvfs", "path", true};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path)) return nullptr;
  struct statvfs st;
  int r = path.fd >= 0 ? retry_eintr([&] { return ::fstatvfs(path.fd, &st); }) : ::statvfs(path.c_str(), &st);
  if (r < 0) return error_occurred() ? nullptr : path_error(path);
  return make_statvfs_result(st);
}

Ref posix_fstatvfs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!one_arg("posix.fstatvfs", args, nargs, kwnames) || !int_arg(args[0], &fd)) {
    return nullptr;
  }
  struct statvfs st;
  if (retry_eintr([&] { return ::fstatvfs(fd, &st); }) < 0) return error_occurred() ? nullptr : errno_error();
  return make_statvfs_result(st);
}

Ref posix_chroot(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"chroot", kNames, 1, 0, 1};
  Value a[1];
  PathArg path{"chroot"};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path)) return nullptr;
  if (::chroot(path.c_str()) < 0) return path_error(path);
  return Ref::none();
}

Ref posix_sync(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.sync", nargs, kwnames)) return nullptr;
  ::sync();
  return Ref::none();
}

}  // namespace

const MethodDef kPosixPathFunctions[] = {
    {"stat", posix_stat, kMethodInstance, "Perform a stat system call on the given path."},
    {"lstat", posix_lstat, kMethodInstance, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", posix_fstat, kMethodInstance, "Perform a stat system call on the given file descriptor."},
    {"access", posix_access, kMethodInstance, "Use the real uid/gid to test for access to a path."},
    {"chmod", posix_chmod, kMethodInstance, "Change the access permissions of a file."},
    {"fchmod", posix_fchmod, kMethodInstance, "Change the access permissions of the file given by file descriptor fd."},
    {"chown", posix_chown, kMethodInstance, "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", posix_lchown, kMethodInstance, "Change the owner and group id of path to the numeric uid and gid."},
    {"fchown", posix_fchown, kMethodInstance, "Change the owner and group id of the file specified by file descriptor."},
    {"link", posix_link, kMethodInstance, "Create a hard link to a file."},
    {"rename", posix_rename, kMethodInstance, "Rename a file or directory."},
    {"replace", posix_replace, kMethodInstance, "Rename a file or directory, overwriting the destination."},
    {"symlink", posix_symlink, kMethodInstance, "Create a symbolic link pointing to src named dst."},
    {"readlink", posix_readlink, kMethodInstance, "Return a string representing the path to which the symbolic link points."},
    {"unlink", posix_unlink, kMethodInstance, "Remove a file (same as remove())."},
    {"remove", posix_remove, kMethodInstance, "Remove a file (same as unlink())."},
    {"rmdir", posix_rmdir, kMethodInstance, "Remove a directory."},
    {"mkdir", posix_mkdir, kMethodInstance, "Create a directory."},
    {"mkfifo", posix_mkfifo, kMethodInstance, "Create a \"fifo\" (a POSIX named pipe)."},
    {"mknod", posix_mknod, kMethodInstance, "Create a node in the file system."},
    {"major", posix_major, kMethodInstance, "Extracts a device major number from a raw device number."},
    {"minor", posix_minor, kMethodInstance, "Extracts a device minor number from a raw device number."},
    {"makedev", posix_makedev, kMethodInstance, "Composes a raw device number from the major and minor device numbers."},
    {"truncate", posix_truncate, kMethodInstance, "Truncate a file, specified by path, to a specific length."},
    {"utime", posix_utime, kMethodInstance, "Set the access and modified time of path."},
    {"statvfs", posix_statvfs, kMethodInstance, "Perform a statvfs system call on the given path."},
    {"fstatvfs", posix_fstatvfs, kMethodInstance, "Perform an fstatvfs system call on the given fd."},
    {"chroot", posix_chroot, kMethodInstance, "Change root directory to path."},
    {"sync", posix_sync, kMethodInstance, "Force write of everything to disk."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan::posix
