// grp: the group database — getgrgid, getgrnam, getgrall and the
// grp.struct_group they return.
#include <grp.h>

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

const char* const kGroupFields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem"};
const StructSequenceDesc kStructGroup = {"grp.struct_group", kGroupFields, 4, -1, true};
Type struct_group_type;

Ref group_entry(const group& g) {
  Ref members = Ref::steal(list_new(0));
  for (char** m = g.gr_mem; m != nullptr && *m != nullptr; ++m) {
    Ref name = posix::fs_name(*m, false);
    if (!name || list_append(members.as<List>(), *name) < 0) return nullptr;
  }
  Ref name = posix::fs_name(g.gr_name, false), passwd = posix::fs_name(g.gr_passwd ? g.gr_passwd : "", false);
  Ref gid = posix::id_result(g.gr_gid);
  if (!name || !passwd || !gid) return nullptr;
  Value items[] = {*name, *passwd, *gid, *members};
  return struct_sequence_new(&struct_group_type, items);
}

Ref grp_getgrgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"id"};
  static const ArgSpec kSpec{"getgrgid", kNames, 1, 0, 1};
  Value a[1];
  uint32_t gid;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::id_arg(a[0], &gid, "gid")) return nullptr;
  group entry, *found = nullptr;
  std::vector<char> storage;
  int err = posix::with_growing_buffer(storage, [&](std::vector<char>& buf) { return ::getgrgid_r(gid, &entry, buf.data(), buf.size(), &found); });
  if (found == nullptr) {
    if (err != 0 && err != ENOENT) return raise_os_error(err);
    return raise_with_arg(exc::KeyError, *str_from_utf8("getgrgid(): gid not found: " + std::to_string(gid)));
  }
  return group_entry(entry);
}

Ref grp_getgrnam(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name"};
  static const ArgSpec kSpec{"getgrnam", kNames, 1, 0, 1};
  Value a[1];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("getgrnam() argument 'name' must be str, not ") + type_name_of(a[0]));
  }
  std::string name;
  if (!posix::fs_encode(a[0], &name)) return nullptr;
  if (name.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
  group entry, *found = nullptr;
  std::vector<char> storage;
  int err = posix::with_growing_buffer(storage, 
      [&](std::vector<char>& buf) { return ::getgrnam_r(name.c_str(), &entry, buf.data(), buf.size(), &found); });
  if (found == nullptr) {
    if (err != 0 && err != ENOENT) return raise_os_error(err);
    Ref text = repr(a[0]);
    if (!text) return nullptr;
    return raise_with_arg(exc::KeyError,
                          *str_from_utf8("getgrnam(): name not found: " + std::string(str_utf8(text.as<Str>()))));
  }
  return group_entry(entry);
}

Ref grp_getgrall(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("grp.getgrall", nargs, kwnames)) return nullptr;
  Ref result = Ref::steal(list_new(0));
  ::setgrent();
  while (group* g = ::getgrent()) {
    Ref entry = group_entry(*g);
    if (!entry || list_append(result.as<List>(), *entry) < 0) {
      ::endgrent();
      return nullptr;
    }
  }
  ::endgrent();
  return result;
}

const MethodDef kGrpFunctions[] = {
    {"getgrgid", grp_getgrgid, kMethodInstance, "Return the group database entry for the given numeric group ID."},
    {"getgrnam", grp_getgrnam, kMethodInstance, "Return the group database entry for the given group name."},
    {"getgrall", grp_getgrall, kMethodInstance, "Return a list of all available group entries, in arbitrary order."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_grp_module() {
  Ref module = module_new("grp", true);
  if (!module || module_add_functions(*module, kGrpFunctions) < 0) return nullptr;
  if (!type_has_flag(&struct_group_type, kTypeReady) &&
      struct_sequence_init_type(&struct_group_type, &kStructGroup) < 0) {
    return nullptr;
  }
  if (module_add(*module, "struct_group", Value::object(&struct_group_type)) < 0) return nullptr;
  return module;
}

}  // namespace taipan
