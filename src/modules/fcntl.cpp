// fcntl: fcntl(), ioctl(), flock() and lockf() on file descriptors (or
// objects with fileno()), with the F_*/LOCK_*/DN_* constants of Linux.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

constexpr size_t kMaxBufferArg = 1024;

// An int argument (what fcntl/ioctl pass when given no buffer).
bool int_value(Value v, long* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n)) return false;
  *out = static_cast<long>(n);
  return true;
}

Ref fcntl_fcntl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  static const ArgSpec kSpec{"fcntl", kNames, 3, 3, 2};
  Value a[3];
  int fd, cmd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) || !posix::int_arg(a[1], &cmd)) {
    return nullptr;
  }
  Buffer buffer;
  if (!a[2].is_null() && (is_str(a[2]) || get_buffer(a[2], &buffer))) {
    std::string data = is_str(a[2]) ? std::string(str_utf8(a[2].as<Str>())) : std::string(buffer.data);
    if (data.size() > kMaxBufferArg) return raise(exc::ValueError, "fcntl string arg too long");
    char buf[kMaxBufferArg];
    std::memcpy(buf, data.data(), data.size());
    int r = posix::retry_eintr([&] { return ::fcntl(fd, cmd, buf); });
    if (r < 0) return error_occurred() ? nullptr : posix::errno_error();
    return bytes_from_string(std::string_view(buf, data.size()));
  }
  long arg = 0;
  if (!a[2].is_null() && !int_value(a[2], &arg)) return nullptr;
  int r = posix::retry_eintr([&] { return ::fcntl(fd, cmd, arg); });
  if (r < 0) return error_occurred() ? nullptr : posix::errno_error();
  return int_from_int64(r);
}

Ref fcntl_ioctl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", "", ""};
  static const ArgSpec kSpec{"ioctl", kNames, 4, 4, 2};
  Value a[4];
  int fd;
  long request;
  bool mutate = true;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) || !int_value(a[1], &request) ||
      !posix::bool_arg(a[3], &mutate)) {
    return nullptr;
  }
  Buffer buffer;
  if (!a[2].is_null() && (is_str(a[2]) || get_buffer(a[2], &buffer))) {
    std::string data = is_str(a[2]) ? std::string(str_utf8(a[2].as<Str>())) : std::string(buffer.data);
    bool in_place = mutate && !buffer.readonly && buffer.copy.empty() && !is_str(a[2]);
    if (!in_place && data.size() > kMaxBufferArg) return raise(exc::ValueError, "ioctl string arg too long");
    std::string work = data;
    work.resize(std::max(work.size(), kMaxBufferArg) + 1);
    int r = ::ioctl(fd, request, work.data());
    if (r < 0) return posix::errno_error();
    if (in_place) {
      std::memcpy(const_cast<char*>(buffer.data.data()), work.data(), data.size());
      return int_from_int64(r);
    }
    return bytes_from_string(std::string_view(work.data(), data.size()));
  }
  long arg = 0;
  if (!a[2].is_null() && !int_value(a[2], &arg)) return nullptr;
  int r = ::ioctl(fd, request, arg);
  if (r < 0) return posix::errno_error();
  return int_from_int64(r);
}

Ref fcntl_flock(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"flock", kNames, 2, 2, 2};
  Value a[2];
  int fd, operation;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) ||
      !posix::int_arg(a[1], &operation)) {
    return nullptr;
  }
  if (posix::retry_eintr([&] { return ::flock(fd, operation); }) < 0) {
    return error_occurred() ? nullptr : posix::errno_error();
  }
  return Ref::none();
}

Ref fcntl_lockf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", "", "", ""};
  static const ArgSpec kSpec{"lockf", kNames, 5, 5, 2};
  Value a[5];
  int fd, code, whence = 0;
  long length = 0, start = 0;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) || !posix::int_arg(a[1], &code) ||
      (!a[2].is_null() && !int_value(a[2], &length)) || (!a[3].is_null() && !int_value(a[3], &start)) ||
      (!a[4].is_null() && !posix::int_arg(a[4], &whence))) {
    return nullptr;
  }
  struct flock lock {};
  if (code == LOCK_UN) {
    lock.l_type = F_UNLCK;
  } else if (code & LOCK_SH) {
    lock.l_type = F_RDLCK;
  } else if (code & LOCK_EX) {
    lock.l_type = F_WRLCK;
  } else {
    return raise(exc::ValueError, "unrecognized lockf argument");
  }
  lock.l_start = start;
  lock.l_len = length;
  lock.l_whence = static_cast<short>(whence);
  int cmd = (code & LOCK_NB) ? F_SETLK : F_SETLKW;
  if (posix::retry_eintr([&] { return ::fcntl(fd, cmd, &lock); }) < 0) {
    return error_occurred() ? nullptr : posix::errno_error();
  }
  return Ref::none();
}

const MethodDef kFcntlFunctions[] = {
    {"fcntl", fcntl_fcntl, kMethodInstance, "Perform the operation `cmd` on file descriptor fd."},
    {"ioctl", fcntl_ioctl, kMethodInstance, "Perform the operation `request` on file descriptor `fd`."},
    {"flock", fcntl_flock, kMethodInstance, "Perform the lock operation `operation` on file descriptor `fd`."},
    {"lockf", fcntl_lockf, kMethodInstance, "A wrapper around the fcntl() locking calls."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kFcntlConstants[] = {
    {"DN_ACCESS", DN_ACCESS}, {"DN_ATTRIB", DN_ATTRIB}, {"DN_CREATE", DN_CREATE}, {"DN_DELETE", DN_DELETE},
    {"DN_MODIFY", DN_MODIFY}, {"DN_MULTISHOT", DN_MULTISHOT}, {"DN_RENAME", DN_RENAME}, {"FASYNC", FASYNC},
    {"FD_CLOEXEC", FD_CLOEXEC}, {"F_ADD_SEALS", F_ADD_SEALS}, {"F_DUPFD", F_DUPFD},
    {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_EXLCK", F_EXLCK}, {"F_GETFD", F_GETFD}, {"F_GETFL", F_GETFL},
    {"F_GETLEASE", F_GETLEASE}, {"F_GETLK", F_GETLK}, {"F_GETLK64", F_GETLK64}, {"F_GETOWN", F_GETOWN},
    {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_GETSIG", F_GETSIG}, {"F_GET_SEALS", F_GET_SEALS},
    {"F_NOTIFY", F_NOTIFY}, {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK},
    {"F_OFD_SETLKW", F_OFD_SETLKW}, {"F_RDLCK", F_RDLCK}, {"F_SEAL_GROW", F_SEAL_GROW},
    {"F_SEAL_SEAL", F_SEAL_SEAL}, {"F_SEAL_SHRINK", F_SEAL_SHRINK}, {"F_SEAL_WRITE", F_SEAL_WRITE},
    {"F_SETFD", F_SETFD}, {"F_SETFL", F_SETFL}, {"F_SETLEASE", F_SETLEASE}, {"F_SETLK", F_SETLK},
    {"F_SETLK64", F_SETLK64}, {"F_SETLKW", F_SETLKW}, {"F_SETLKW64", F_SETLKW64}, {"F_SETOWN", F_SETOWN},
    {"F_SETPIPE_SZ", F_SETPIPE_SZ}, {"F_SETSIG", F_SETSIG}, {"F_SHLCK", F_SHLCK}, {"F_UNLCK", F_UNLCK},
    {"F_WRLCK", F_WRLCK}, {"LOCK_EX", LOCK_EX}, {"LOCK_MAND", LOCK_MAND}, {"LOCK_NB", LOCK_NB},
    {"LOCK_READ", LOCK_READ}, {"LOCK_RW", LOCK_RW}, {"LOCK_SH", LOCK_SH}, {"LOCK_UN", LOCK_UN},
    {"LOCK_WRITE", LOCK_WRITE},
};

}  // namespace

Ref make_fcntl_module() {
  Ref module = module_new("fcntl", true);
  if (!module || module_add_functions(*module, kFcntlFunctions) < 0) return nullptr;
  for (const IntConstant& c : kFcntlConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
