// The `marshal` module: dumps/loads/dump/load over runtime/marshal.h.
#include <string>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/marshal.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

bool version_arg(Value v, int* out) {
  if (v.is_null()) {
    *out = kMarshalVersion;
    return true;
  }
  int64_t version;
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(v, &version)) return false;
  *out = static_cast<int>(version);
  return true;
}

Ref marshal_dumps(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dumps", kwnames) || !check_arg_count("dumps", nargs, 1, 2)) return nullptr;
  int version;
  if (!version_arg(nargs > 1 ? args[1] : Value(), &version)) return nullptr;
  std::string out;
  if (!marshal_dump(args[0], version, &out)) return nullptr;
  return bytes_from_string(out);
}

Ref marshal_dump_to_file(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dump", kwnames) || !check_arg_count("dump", nargs, 2, 3)) return nullptr;
  int version;
  if (!version_arg(nargs > 2 ? args[2] : Value(), &version)) return nullptr;
  std::string out;
  if (!marshal_dump(args[0], version, &out)) return nullptr;
  Ref data = bytes_from_string(out);
  if (!data || !call_method(args[1], "write", {data.get()})) return nullptr;
  return Ref::none();
}

Ref marshal_loads(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("loads", kwnames) || !check_arg_count("loads", nargs, 1, 1)) return nullptr;
  Buffer buffer;
  if (!require_buffer(args[0], &buffer)) return nullptr;
  size_t consumed;
  return marshal_load(buffer.data, &consumed);
}

// load(file): reads what is left of the file, takes one value, and seeks
// back over the bytes it did not use when the file can seek.
Ref marshal_load_from_file(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("load", kwnames) || !check_arg_count("load", nargs, 1, 1)) return nullptr;
  Ref data = call_method(args[0], "read", {});
  if (!data) return nullptr;
  Buffer buffer;
  if (!get_buffer(data.get(), &buffer)) {
    return raise(exc::TypeError, std::string("file.read() returned not bytes but ") + type_name_of(data.get()));
  }
  size_t consumed;
  Ref value = marshal_load(buffer.data, &consumed);
  if (!value) return nullptr;
  size_t unused = buffer.data.size() - consumed;
  if (unused > 0) {
    Ref offset = int_from_int64(-static_cast<int64_t>(unused));
    if (!offset || !call_method(args[0], "seek", {offset.get(), Value::small_int(1)})) return nullptr;
  }
  return value;
}

const MethodDef kMarshalFunctions[] = {
    {"dumps", marshal_dumps, kMethodInstance, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"dump", marshal_dump_to_file, kMethodInstance, "Write the value on the open file."},
    {"loads", marshal_loads, kMethodInstance, "Convert the bytes-like object to a value."},
    {"load", marshal_load_from_file, kMethodInstance, "Read one value from the open file and return it."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_marshal_module() {
  Ref module = module_new("marshal", true);
  if (!module || module_add_functions(module.get(), kMarshalFunctions) < 0 ||
      module_add(module.get(), "version", Value::small_int(kMarshalVersion)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
