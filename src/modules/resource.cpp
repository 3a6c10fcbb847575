// resource: process resource usage and limits — getrusage (struct_rusage),
// getrlimit/setrlimit/prlimit, getpagesize and the RLIMIT_*/RUSAGE_*
// constants of Linux.
#include "modules/resource.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"

namespace taipan {

namespace {

const char* const kRusageFields[] = {"ru_utime",  "ru_stime",  "ru_maxrss", "ru_ixrss",    "ru_idrss", "ru_isrss",
                                     "ru_minflt", "ru_majflt", "ru_nswap",  "ru_inblock",  "ru_oublock",
                                     "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
const StructSequenceDesc kStructRusage = {"resource.struct_rusage", kRusageFields, 16, -1, true};
Type struct_rusage_type;

int ready_rusage_type() {
  if (type_has_flag(&struct_rusage_type, kTypeReady)) return 0;
  return struct_sequence_init_type(&struct_rusage_type, &kStructRusage);
}

double seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6; }

bool int_arg(Value v, int64_t* out) {
  *out = as_int64(v);
  return !(*out == -1 && error_occurred());
}

Ref resource_getrusage(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int64_t who;
  if (!posix::one_arg("resource.getrusage", args, nargs, kwnames, a) || !int_arg(a[0], &who)) return nullptr;
  struct rusage usage;
  if (::getrusage(static_cast<int>(who), &usage) < 0) {
    if (errno == EINVAL) return raise(exc::ValueError, "invalid who parameter");
    return raise_os_error(errno);
  }
  return make_struct_rusage(usage);
}

bool resource_arg(Value v, int* out) {
  int64_t r;
  if (!int_arg(v, &r)) return false;
  if (r < 0 || r >= RLIM_NLIMITS) {
    raise(exc::ValueError, "invalid resource specified");
    return false;
  }
  *out = static_cast<int>(r);
  return true;
}

Ref limit_value(rlim_t v) { return v == RLIM_INFINITY ? Ref::small_int(-1) : int_from_uint64(v); }

Ref limits_tuple(const rlimit& rl) {
  Ref soft = limit_value(rl.rlim_cur), hard = limit_value(rl.rlim_max);
  if (!soft || !hard) return nullptr;
  return tuple_pack({*soft, *hard});
}

bool limits_arg(Value v, rlimit* out) {
  Ref items = tuple_from_iterable(v);
  if (!items) return false;
  Tuple* t = items.as<Tuple>();
  if (t->size != 2) {
    raise(exc::ValueError, "expected a tuple of 2 integers");
    return false;
  }
  rlim_t values[2];
  for (int i = 0; i < 2; ++i) {
    Ref n = index(t->items[i]);
    if (!n) return false;
    int64_t x;
    if (!int_to_int64(*n, &x)) return false;
    values[i] = x < 0 ? RLIM_INFINITY : static_cast<rlim_t>(x);
  }
  out->rlim_cur = values[0];
  out->rlim_max = values[1];
  return true;
}

Ref limit_error() {
  if (errno == EINVAL) return raise(exc::ValueError, "current limit exceeds maximum limit");
  if (errno == EPERM) return raise(exc::ValueError, "not allowed to raise maximum limit");
  return raise_os_error(errno);
}

Ref resource_getrlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int resource;
  if (!posix::one_arg("resource.getrlimit", args, nargs, kwnames, a) || !resource_arg(a[0], &resource)) return nullptr;
  rlimit rl;
  if (::getrlimit(static_cast<__rlimit_resource_t>(resource), &rl) < 0) return raise_os_error(errno);
  return limits_tuple(rl);
}

Ref resource_setrlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"setrlimit", kNames, 2, 2, 2};
  Value a[2];
  int resource;
  rlimit rl;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !resource_arg(a[0], &resource) || !limits_arg(a[1], &rl)) {
    return nullptr;
  }
  if (::setrlimit(static_cast<__rlimit_resource_t>(resource), &rl) < 0) return limit_error();
  return Ref::none();
}

Ref resource_prlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  static const ArgSpec kSpec{"prlimit", kNames, 3, 3, 2};
  Value a[3];
  int64_t pid;
  int resource;
  rlimit new_limit, old_limit;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !int_arg(a[0], &pid) || !resource_arg(a[1], &resource)) {
    return nullptr;
  }
  bool setting = !a[2].is_null() && !a[2].is_none();
  if (setting && !limits_arg(a[2], &new_limit)) return nullptr;
  if (::prlimit(static_cast<pid_t>(pid), static_cast<__rlimit_resource>(resource), setting ? &new_limit : nullptr,
                &old_limit) < 0) {
    return limit_error();
  }
  return limits_tuple(old_limit);
}

Ref resource_getpagesize(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("resource.getpagesize", nargs, kwnames)) return nullptr;
  return int_from_int64(::sysconf(_SC_PAGESIZE));
}

const MethodDef kResourceFunctions[] = {
    {"getrusage", resource_getrusage, kMethodInstance, nullptr},
    {"getrlimit", resource_getrlimit, kMethodInstance, nullptr},
    {"setrlimit", resource_setrlimit, kMethodInstance, nullptr},
    {"prlimit", resource_prlimit, kMethodInstance, nullptr},
    {"getpagesize", resource_getpagesize, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kResourceConstants[] = {
    {"RLIMIT_AS", RLIMIT_AS},         {"RLIMIT_CORE", RLIMIT_CORE},       {"RLIMIT_CPU", RLIMIT_CPU},
    {"RLIMIT_DATA", RLIMIT_DATA},     {"RLIMIT_FSIZE", RLIMIT_FSIZE},     {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK},
    {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE}, {"RLIMIT_NICE", RLIMIT_NICE},   {"RLIMIT_NOFILE", RLIMIT_NOFILE},
    {"RLIMIT_NPROC", RLIMIT_NPROC},   {"RLIMIT_OFILE", RLIMIT_OFILE},     {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_RTPRIO", RLIMIT_RTPRIO}, {"RLIMIT_RTTIME", RLIMIT_RTTIME},   {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING},
    {"RLIMIT_STACK", RLIMIT_STACK},   {"RLIM_INFINITY", -1},              {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
    {"RUSAGE_SELF", RUSAGE_SELF},     {"RUSAGE_THREAD", RUSAGE_THREAD},
};

}  // namespace

Ref make_struct_rusage(const struct rusage& u) {
  if (ready_rusage_type() < 0) return nullptr;
  Ref values[16] = {Ref::from_double(seconds(u.ru_utime)), Ref::from_double(seconds(u.ru_stime)),
                    int_from_int64(u.ru_maxrss), int_from_int64(u.ru_ixrss), int_from_int64(u.ru_idrss),
                    int_from_int64(u.ru_isrss), int_from_int64(u.ru_minflt), int_from_int64(u.ru_majflt),
                    int_from_int64(u.ru_nswap), int_from_int64(u.ru_inblock), int_from_int64(u.ru_oublock),
                    int_from_int64(u.ru_msgsnd), int_from_int64(u.ru_msgrcv), int_from_int64(u.ru_nsignals),
                    int_from_int64(u.ru_nvcsw), int_from_int64(u.ru_nivcsw)};
  Value items[16];
  for (int i = 0; i < 16; ++i) items[i] = *values[i];
  return struct_sequence_new(&struct_rusage_type, items);
}

Ref make_resource_module() {
  Ref module = module_new("resource", true);
  if (!module || module_add_functions(*module, kResourceFunctions) < 0 || ready_rusage_type() < 0) return nullptr;
  for (const IntConstant& c : kResourceConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  if (module_add(*module, "struct_rusage", Value::object(&struct_rusage_type)) < 0 ||
      module_add(*module, "error", Value::object(exc::OSError)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
