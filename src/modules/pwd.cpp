// pwd: the password database — getpwuid, getpwnam, getpwall and the
// pwd.struct_passwd they return.
#include <pwd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/list.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"

namespace taipan {

namespace {

const char* const kPasswdFields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"};
const StructSequenceDesc kStructPasswd = {"pwd.struct_passwd", kPasswdFields, 7, -1, true};
Type struct_passwd_type;

Ref passwd_entry(const passwd& p) {
  Ref values[7] = {posix::fs_name(p.pw_name, false),  posix::fs_name(p.pw_passwd, false),
                   posix::id_result(p.pw_uid),        posix::id_result(p.pw_gid),
                   posix::fs_name(p.pw_gecos ? p.pw_gecos : "", false), posix::fs_name(p.pw_dir, false),
                   posix::fs_name(p.pw_shell, false)};
  Value items[7];
  for (int i = 0; i < 7; ++i) {
    if (!values[i]) return nullptr;
    items[i] = *values[i];
  }
  return struct_sequence_new(&struct_passwd_type, items);
}

Ref pwd_getpwuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("pwd.getpwuid", args, nargs, kwnames, a)) return nullptr;
  uint32_t uid;
  if (!posix::id_arg(a[0], &uid, "uid")) {
    if (error_matches(exc::OverflowError)) {
      clear_error();
      return raise_with_arg(exc::KeyError, *str_from_utf8("getpwuid(): uid not found"));
    }
    return nullptr;
  }
  passwd entry, *found = nullptr;
  std::vector<char> storage;
  int err = posix::with_growing_buffer(storage, [&](std::vector<char>& buf) { return ::getpwuid_r(uid, &entry, buf.data(), buf.size(), &found); });
  if (found == nullptr) {
    if (err != 0 && err != ENOENT) return raise_os_error(err);
    return raise_with_arg(exc::KeyError, *str_from_utf8("getpwuid(): uid not found: " + std::to_string(uid)));
  }
  return passwd_entry(entry);
}

Ref pwd_getpwnam(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!posix::one_arg("pwd.getpwnam", args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("getpwnam() argument must be str, not ") + type_name_of(a[0]));
  }
  std::string name;
  if (!posix::fs_encode(a[0], &name)) return nullptr;
  if (name.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
  passwd entry, *found = nullptr;
  std::vector<char> storage;
  int err = posix::with_growing_buffer(storage, 
      [&](std::vector<char>& buf) { return ::getpwnam_r(name.c_str(), &entry, buf.data(), buf.size(), &found); });
  if (found == nullptr) {
    if (err != 0 && err != ENOENT) return raise_os_error(err);
    Ref text = repr(a[0]);
    if (!text) return nullptr;
    return raise_with_arg(exc::KeyError,
                          *str_from_utf8("getpwnam(): name not found: " + std::string(str_utf8(text.as<Str>()))));
  }
  return passwd_entry(entry);
}

Ref pwd_getpwall(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("pwd.getpwall", nargs, kwnames)) return nullptr;
  Ref result = Ref::steal(list_new(0));
  ::setpwent();
  while (passwd* p = ::getpwent()) {
    Ref entry = passwd_entry(*p);
    if (!entry || list_append(result.as<List>(), *entry) < 0) {
      ::endpwent();
      return nullptr;
    }
  }
  ::endpwent();
  return result;
}

const MethodDef kPwdFunctions[] = {
    {"getpwuid", pwd_getpwuid, kMethodInstance, "Return the password database entry for the given numeric user ID."},
    {"getpwnam", pwd_getpwnam, kMethodInstance, "Return the password database entry for the given user name."},
    {"getpwall", pwd_getpwall, kMethodInstance, "Return a list of all available password database entries, in arbitrary order."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_pwd_module() {
  Ref module = module_new("pwd", true);
  if (!module || module_add_functions(*module, kPwdFunctions) < 0) return nullptr;
  if (!type_has_flag(&struct_passwd_type, kTypeReady) &&
      struct_sequence_init_type(&struct_passwd_type, &kStructPasswd) < 0) {
    return nullptr;
  }
  if (module_add(*module, "struct_passwd", Value::object(&struct_passwd_type)) < 0) return nullptr;
  return module;
}

}  // namespace taipan
