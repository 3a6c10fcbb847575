// posix: the process environment — posix.environ (bytes to bytes, as
// CPython's; os.py decodes it into os.environ), putenv and unsetenv.
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

extern char** environ;

namespace taipan::posix {

namespace {

// A name or value: str, bytes or os.PathLike, encoded as file names are.
bool environ_string(const char* function, Value v, std::string* out) {
  PathArg p{function, "path"};
  if (!path_arg(v, &p)) return false;
  *out = std::move(p.path);
  return true;
}

bool environ_name(const char* function, Value v, std::string* out) {
  if (!environ_string(function, v, out)) return false;
  if (out->find('=') != std::string::npos) {
    raise(exc::ValueError, "illegal environment variable name");
    return false;
  }
  return true;
}

Ref posix_putenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"putenv", kNames, 2, 2, 2};
  Value a[2];
  std::string name, value;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !environ_name("putenv", a[0], &name) ||
      !environ_string("putenv", a[1], &value)) {
    return nullptr;
  }
  if (::setenv(name.c_str(), value.c_str(), 1) < 0) return errno_error();
  return Ref::none();
}

Ref posix_unsetenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  std::string name;
  if (!one_arg("posix.unsetenv", args, nargs, kwnames, a) || !environ_name("unsetenv", a[0], &name)) return nullptr;
  if (::unsetenv(name.c_str()) < 0) return errno_error();
  return Ref::none();
}

}  // namespace

const MethodDef kPosixEnvironFunctions[] = {
    {"putenv", posix_putenv, kMethodInstance, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, kMethodInstance, "Delete an environment variable."},
    {nullptr, nullptr, 0, nullptr},
};

int add_environ(Value module) {
  Dict* d = dict_new();
  if (d == nullptr) return -1;
  Ref result = Ref::steal(d);
  for (char** e = environ; *e != nullptr; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (eq == nullptr) continue;
    Ref key = bytes_from_string(std::string_view(*e, static_cast<size_t>(eq - *e)));
    if (!key) return -1;
    if (dict_contains(d, *key)) continue;  // the first definition wins, as CPython's
    Ref value = bytes_from_string(eq + 1);
    if (!value || dict_set(d, *key, *value) < 0) return -1;
  }
  return module_add(module, "environ", *result);
}

}  // namespace taipan::posix
