// _posixshmem: shm_open and shm_unlink, the POSIX shared memory objects that
// multiprocessing.shared_memory maps with mmap.
#include <fcntl.h>
#include <sys/mman.h>

#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

bool shm_path(const char* function, Value v, std::string* out) {
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(function) + "() argument 'path' must be str, not " + type_name_of(v));
    return false;
  }
  return posix::fs_encode(v, out);
}

Ref shm_open_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path", "flags", "mode"};
  static const ArgSpec kSpec{"shm_open", kNames, 3, 0, 2};
  Value a[3];
  std::string path;
  int flags, mode = 0777;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !shm_path("shm_open", a[0], &path) ||
      !posix::int_arg(a[1], &flags) || (!a[2].is_null() && !posix::int_arg(a[2], &mode))) {
    return nullptr;
  }
  int fd = posix::retry_eintr([&] { return ::shm_open(path.c_str(), flags, static_cast<mode_t>(mode)); });
  if (fd < 0) return error_occurred() ? nullptr : raise_os_error(errno, a[0]);
  return Ref::small_int(fd);
}

Ref shm_unlink_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"shm_unlink", kNames, 1, 0, 1};
  Value a[1];
  std::string path;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !shm_path("shm_unlink", a[0], &path)) return nullptr;
  if (::shm_unlink(path.c_str()) < 0) return raise_os_error(errno, a[0]);
  return Ref::none();
}

const MethodDef kFunctions[] = {
    {"shm_open", shm_open_fn, kMethodInstance, "Open a shared memory object.  Returns a file descriptor (integer)."},
    {"shm_unlink", shm_unlink_fn, kMethodInstance, "Remove a shared memory object (similar to unlink())."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_posixshmem_module() {
  Ref module = module_new("_posixshmem", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
