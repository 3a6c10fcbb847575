// The `_csv` module object: the dialect registry, field_size_limit, the
// QUOTE_* constants and csv.Error, around the types of csv_dialect.cpp,
// csv_reader.cpp and csv_writer.cpp.
#include <string>

#include "modules/csv/csv.h"
#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::csv {

Type* csv_error = nullptr;
Dict* dialect_registry = nullptr;
int64_t field_limit = 128 * 1024;

int readonly_attribute(Value, Value) {
  raise(exc::AttributeError, "readonly attribute");
  return -1;
}

namespace {

Ref register_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack_one_or_two(nargs)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, "dialect name must be a string");
  Ref dialect = make_dialect(nargs == 2 ? args[1] : Value(), args + nargs, kwnames);
  if (!dialect || dict_set(dialect_registry, args[0], dialect.get()) < 0) return nullptr;
  return Ref::none();
}

Ref unregister_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name"};
  Value name;
  if (!bind_args(ArgSpec{"unregister_dialect", names, 1, 0, 1}, args, nargs, kwnames, &name)) return nullptr;
  if (dict_del(dialect_registry, name) < 0) {
    if (!error_matches(exc::KeyError)) return nullptr;
    clear_error();
    return raise(csv_error, "unknown dialect");
  }
  return Ref::none();
}

Ref get_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name"};
  Value name;
  if (!bind_args(ArgSpec{"get_dialect", names, 1, 0, 1}, args, nargs, kwnames, &name)) return nullptr;
  Ref dialect = dict_subscript(Value::object(dialect_registry), name);
  if (!dialect && error_matches(exc::KeyError)) {
    clear_error();
    return raise(csv_error, "unknown dialect");
  }
  return dialect;
}

Ref list_dialects(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("list_dialects", nargs, 0, 0) || !no_keywords("list_dialects", kwnames)) return nullptr;
  return dict_keys_list(dialect_registry);
}

Ref field_size_limit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    return raise(exc::TypeError, "field_size_limit() takes at most 1 argument (" + std::to_string(nargs) + " given)");
  }
  static const char* const names[] = {"new_limit"};
  Value limit;
  if (!bind_args(ArgSpec{"field_size_limit", names, 1, 0, 0}, args, nargs, kwnames, &limit)) return nullptr;
  int64_t old = field_limit;
  if (!limit.is_null()) {
    if (!is_exact_int(limit)) return raise(exc::TypeError, "limit must be an integer");
    int64_t v = as_int64(limit);
    if (v == -1 && error_occurred()) {
      clear_error();
      return raise(exc::OverflowError, "Python int too large to convert to C long");
    }
    field_limit = v;
  }
  return Ref::small_int(old);
}

const MethodDef kFunctions[] = {
    {"reader", csv_reader, kMethodInstance, nullptr},
    {"writer", csv_writer, kMethodInstance, nullptr},
    {"register_dialect", register_dialect, kMethodInstance, nullptr},
    {"unregister_dialect", unregister_dialect, kMethodInstance, nullptr},
    {"get_dialect", get_dialect, kMethodInstance, nullptr},
    {"list_dialects", list_dialects, kMethodInstance, nullptr},
    {"field_size_limit", field_size_limit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

}  // namespace taipan::csv

namespace taipan {

Ref make_csv_module() {
  using namespace csv;
  if (init_dialect_type() < 0 || init_reader_type() < 0 || init_writer_type() < 0) return nullptr;
  if (csv_error == nullptr) {
    csv_error = new_exception_class("_csv", "Error", {exc::Exception});
    if (csv_error == nullptr) return nullptr;
    dialect_registry = dict_new();
    if (dialect_registry == nullptr) return nullptr;
  }
  Ref module = module_new("_csv", true);
  Ref doc = str_from_utf8("CSV parsing and writing.\n");
  Ref version = str_from_utf8("1.0");
  if (!module || !doc || !version || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "__doc__", *doc) < 0 || module_add(*module, "__version__", *version) < 0 ||
      module_add(*module, "Error", Value::object(csv_error)) < 0 ||
      module_add(*module, "Dialect", Value::object(&dialect_type)) < 0 ||
      module_add(*module, "Reader", Value::object(&reader_type)) < 0 ||
      module_add(*module, "Writer", Value::object(&writer_type)) < 0 ||
      module_add(*module, "_dialects", Value::object(dialect_registry)) < 0) {
    return nullptr;
  }
  static const std::pair<const char*, int> kQuoting[] = {
      {"QUOTE_MINIMAL", kQuoteMinimal}, {"QUOTE_ALL", kQuoteAll},
      {"QUOTE_NONNUMERIC", kQuoteNonNumeric}, {"QUOTE_NONE", kQuoteNone}};
  for (const auto& [name, value] : kQuoting) {
    if (module_add(*module, name, Value::small_int(value)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
